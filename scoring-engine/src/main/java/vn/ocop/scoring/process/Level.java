package vn.ocop.scoring.process;

/** Cấp đánh giá — the level whose council (or, for the commune, whose assessment) produced a result. */
public enum Level {
    /** Cấp xã. */
    COMMUNE,
    /** Cấp huyện (abolished on 1 Jul 2025). */
    DISTRICT,
    /** Cấp tỉnh. */
    PROVINCE,
    /** Cấp trung ương (the ministry's council). */
    CENTRE
}
