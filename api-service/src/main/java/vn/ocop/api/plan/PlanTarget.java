package vn.ocop.api.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.scoring.lifecycle.EvaluationType;

/**
 * A target (chỉ tiêu) of a plan. {@link #quantity} is the target or the lower end of a range up to
 * {@link #quantityMax}.
 */
@Entity
@Table(name = "plan_target")
public class PlanTarget extends PlanPart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetKind kind;

    public String label;

    @Column(name = "min_stars")
    public Integer minStars;

    @Column(name = "from_stars")
    public Integer fromStars;

    @Column(name = "to_stars")
    public Integer toStars;

    /** FOOD, DRINK, HERBAL, CRAFT, ORNAMENTAL or TOURISM (nhóm sản phẩm). */
    @Column(name = "product_group")
    public String productGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluation_type")
    public EvaluationType evaluationType;

    public Integer quantity;

    @Column(name = "quantity_max")
    public Integer quantityMax;

    /** For training classes: about how many people each. */
    @Column(name = "participants_each")
    public Integer participantsEach;

    /** Products the target names (sản phẩm cụ thể), in the plan's order; empty when it counts any product. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "plan_target_product", joinColumns = @JoinColumn(name = "target_id"))
    @OrderColumn(name = "position")
    @Column(name = "product_id")
    public List<Long> productIds = new ArrayList<>();
}
