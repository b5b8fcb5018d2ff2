package vn.ocop.api.certificate;

/** Why a product was evaluated (loại đánh giá). */
public enum EvaluationType {
    /** Đánh giá lần đầu. */
    NEW,
    /** Đánh giá lại khi hết thời hạn 36 tháng. */
    RE_EVALUATION,
    /** Nâng hạng sao. */
    UPGRADE
}
