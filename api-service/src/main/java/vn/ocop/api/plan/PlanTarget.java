package vn.ocop.api.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
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
}
