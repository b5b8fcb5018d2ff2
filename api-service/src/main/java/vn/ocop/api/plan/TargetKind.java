package vn.ocop.api.plan;

/**
 * What a plan target (chỉ tiêu) counts. Which of the target's other fields apply depends on the kind
 * (see {@link TargetRules}); progress is computed by {@link PlanProgressService}.
 */
public enum TargetKind {
    /** Products certified at ≥ minStars in the plan year (optionally one product group, one evaluation type). */
    PRODUCTS_AT_LEAST_STARS,
    /** Products of the area holding a valid certificate at ≥ minStars at the end of the year (lũy kế). */
    CUMULATIVE_AT_LEAST_STARS,
    /** Products upgraded from fromStars to toStars or more in the year (nâng hạng sao). */
    UPGRADES,
    /** Products re-certified after their certificate expired (đánh giá lại). */
    RECERTIFICATIONS,
    /** Percentage of the year's producers trained (tập huấn chủ thể). */
    PRODUCERS_TRAINED_PERCENT,
    /** Training classes held (lớp tập huấn). */
    TRAINING_CLASSES,
    /** OCOP shops opened (điểm bán hàng OCOP). */
    OCOP_SHOPS,
    /** Communes with at least one certified product; no quantity means every commune of the area. */
    COMMUNES_WITH_PRODUCT,
    /** Fairs joined (hội chợ, triển lãm). */
    FAIRS,
    /** Anything else the plan says; described by its label, not computed. */
    OTHER
}
