package vn.ocop.api.product;

/** Where a product is in the six-step OCOP cycle (chu trình OCOP), plus what happens after recognition. */
public enum ProductStage {
    /** Đăng ký ý tưởng sản phẩm. */
    IDEA_REGISTERED,
    /** Phương án / kế hoạch kinh doanh. */
    BUSINESS_PLAN,
    /** Triển khai, phát triển sản phẩm. */
    IN_DEVELOPMENT,
    /** Đã nộp hồ sơ đánh giá. */
    DOSSIER_SUBMITTED,
    /** Đang đánh giá, phân hạng. */
    UNDER_EVALUATION,
    /** Đã được công nhận (có giấy chứng nhận còn hiệu lực). */
    CERTIFIED,
    /** Giấy chứng nhận hết hiệu lực. */
    EXPIRED,
    /** Bị thu hồi giấy chứng nhận. */
    REVOKED
}
