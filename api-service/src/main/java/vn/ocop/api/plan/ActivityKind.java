package vn.ocop.api.plan;

/** Kind of a plan activity (hoạt động), the facts no other record holds. */
public enum ActivityKind {
    /** Lớp tập huấn: lists the producers trained. */
    TRAINING_CLASS,
    /** Điểm bán hàng OCOP opened. */
    OCOP_SHOP,
    /** Hội chợ, triển lãm joined. */
    FAIR,
    OTHER
}
