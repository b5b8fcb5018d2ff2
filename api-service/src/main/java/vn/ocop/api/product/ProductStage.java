package vn.ocop.api.product;

import vn.ocop.api.common.problem.ApiException;

/**
 * Where a product is in the six-step OCOP cycle (chu trình OCOP), plus what happens after recognition. Who moves a
 * product between stages is decided here, in one place: the producer or officer moves it among the stages before a
 * dossier (giai đoạn trước khi nộp hồ sơ: IDEA_REGISTERED, BUSINESS_PLAN, IN_DEVELOPMENT), and only while it is in
 * one of them; every later stage is the evaluation workflow's (hồ sơ, đánh giá, công nhận, hết hạn, thu hồi).
 */
public enum ProductStage {
    /** Đăng ký ý tưởng sản phẩm. */
    IDEA_REGISTERED(true),
    /** Phương án / kế hoạch kinh doanh. */
    BUSINESS_PLAN(true),
    /** Triển khai, phát triển sản phẩm. */
    IN_DEVELOPMENT(true),
    /** Đã nộp hồ sơ đánh giá. */
    DOSSIER_SUBMITTED(false),
    /** Đang đánh giá, phân hạng. */
    UNDER_EVALUATION(false),
    /** Đã được công nhận (có giấy chứng nhận còn hiệu lực). */
    CERTIFIED(false),
    /** Giấy chứng nhận hết hiệu lực. */
    EXPIRED(false),
    /** Bị thu hồi giấy chứng nhận. */
    REVOKED(false);

    /** The request field that carries a stage. */
    static final String FIELD = "stage";

    private final boolean setByClient;

    ProductStage(boolean setByClient) {
        this.setByClient = setByClient;
    }

    /** A stage before the dossier, which a client sets itself (giai đoạn do chủ thể tự cập nhật). */
    public boolean setByClient() {
        return setByClient;
    }

    /** The stage of a new product: IDEA_REGISTERED when none is asked; a workflow stage is 400 naming stage. */
    static ProductStage forNewProduct(ProductStage asked) {
        if (asked == null) {
            return IDEA_REGISTERED;
        }
        if (!asked.setByClient) {
            throw ApiException.invalidField(FIELD, "reason.stage-not-client-set", asked.name());
        }
        return asked;
    }

    /**
     * The stage after a client's update from {@code current} to {@code asked}: unchanged is always accepted (a full
     * update sends the stage it read); a move must start and end at stages a client sets, else 400 naming stage.
     */
    static ProductStage clientMove(ProductStage current, ProductStage asked) {
        if (asked == null) {
            throw ApiException.invalidField(FIELD, "reason.required");
        }
        if (asked == current) {
            return current;
        }
        if (!asked.setByClient) {
            throw ApiException.invalidField(FIELD, "reason.stage-not-client-set", asked.name());
        }
        if (!current.setByClient) {
            throw ApiException.invalidField(FIELD, "reason.stage-held-by-workflow", current.name(), asked.name());
        }
        return asked;
    }
}
