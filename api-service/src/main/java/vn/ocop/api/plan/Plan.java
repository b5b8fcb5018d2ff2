package vn.ocop.api.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.ocop.api.area.Area;
import vn.ocop.api.common.persistence.VersionedEntity;

/**
 * An OCOP plan (kế hoạch OCOP) of an area for one year. The plan is an aggregate: its {@link #version} (the ETag)
 * changes whenever the plan or one of its targets, milestones or activities changes.
 */
@Entity
public class Plan extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public Area area;

    /** Copy of the area's path, so "plans of this area and its sub-areas" is a prefix match. */
    @Column(name = "area_path", nullable = false)
    public String areaPath;

    @Column(name = "plan_year", nullable = false)
    public int year;

    /** Document number (số hiệu), e.g. "66/KH-UBND". */
    public String number;

    /** Ngày ban hành. */
    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(nullable = false)
    public String title;

    /** The rule set the plan follows, as written in it, e.g. "148/QĐ-TTg". */
    @Column(name = "rule_set")
    public String ruleSet;

    /** Kinh phí, in VND. */
    @Column(name = "budget_vnd")
    public BigDecimal budgetVnd;

    /** Nguồn kinh phí. */
    @Column(name = "funding_source")
    public String fundingSource;

    /** Đơn vị thực hiện, one per line. */
    @Column(name = "executing_units")
    public String executingUnits;

    public String note;
}
