package vn.ocop.api.product;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
     * update sends the stage it read); asking for a workflow stage is 400 naming stage (a server-owned value); moving
     * away from a stage the workflow holds is 409 naming the moves a client may make (none but staying).
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
            throw ApiException.conflict(FIELD, "reason.stage-held-by-workflow", current.name(), asked.name(),
                    List.of(current.name()));
        }
        return asked;
    }

    /**
     * The workflow's moves of a product (bước của quy trình đánh giá), one transition table: each step names the
     * stages it moves the product from and the stage it moves it to. From any other stage the step leaves the stage
     * as it is, by design: a re-evaluation or upgrade dossier of a certified product does not make it "submitted".
     */
    public enum Step {
        /** A new-evaluation dossier is submitted (the first, or a fresh start after expiry or revocation). */
        DOSSIER_SUBMITTED(ProductStage.DOSSIER_SUBMITTED, IDEA_REGISTERED, BUSINESS_PLAN, IN_DEVELOPMENT, EXPIRED,
                ProductStage.REVOKED),
        /** A council takes the dossier into a round. */
        UNDER_EVALUATION(ProductStage.UNDER_EVALUATION, IDEA_REGISTERED, BUSINESS_PLAN, IN_DEVELOPMENT, EXPIRED,
                ProductStage.REVOKED, ProductStage.DOSSIER_SUBMITTED),
        /** A new-evaluation dossier ended without recognition (not recognised, withdrawn): back to development. */
        DOSSIER_CLOSED_UNRECOGNISED(IN_DEVELOPMENT, ProductStage.DOSSIER_SUBMITTED, ProductStage.UNDER_EVALUATION),
        /** A certificate was issued (first, upgrade or re-evaluation). */
        RECOGNISED(CERTIFIED, IDEA_REGISTERED, BUSINESS_PLAN, IN_DEVELOPMENT, ProductStage.DOSSIER_SUBMITTED,
                ProductStage.UNDER_EVALUATION, CERTIFIED, EXPIRED, ProductStage.REVOKED),
        /** The product's current certificate was revoked. */
        REVOKED(ProductStage.REVOKED, CERTIFIED, EXPIRED);

        private final ProductStage to;
        private final Set<ProductStage> from;

        Step(ProductStage to, ProductStage first, ProductStage... more) {
            this.to = to;
            this.from = Collections.unmodifiableSet(EnumSet.of(first, more));
        }

        /** The stages this step moves a product from. */
        public Set<ProductStage> from() {
            return from;
        }

        /** The stage after this step from {@code current}: {@link #to} when the table moves it, else unchanged. */
        public ProductStage from(ProductStage current) {
            return from.contains(current) ? to : current;
        }
    }

    /**
     * The stage shown for {@code product} on {@code today}, derived from its current certificate's last day in force
     * (the engine's standing, stored as {@link Product#certifiedThrough}), never stored, so it cannot go stale: a
     * certified product whose certificate is no longer in force shows EXPIRED; a revoked one shows CERTIFIED on the
     * days before the revocation took effect (a revocation is recorded with its own date).
     */
    public static ProductStage shown(Product product, java.time.LocalDate today) {
        return shown(product.stage, product.certifiedThrough != null && !product.certifiedThrough.isBefore(today));
    }

    /** {@link #shown} for a stored stage whose current certificate is, or is not, in force. */
    static ProductStage shown(ProductStage stored, boolean inForce) {
        if (stored == CERTIFIED && !inForce) {
            return EXPIRED;
        }
        return stored == REVOKED && inForce ? CERTIFIED : stored;
    }

    /**
     * {@link #shown} as a JPQL condition on product alias {@code p}: "the shown stage is {@code stage}" on the day
     * bound to {@code :today}; the caller binds {@code :shownStage}, and {@code :otherStage} to {@link #shownAlso}.
     */
    static String shownIsJpql(ProductStage stage) {
        return switch (stage) {
            case CERTIFIED -> "(p.stage = :shownStage or p.stage = :otherStage) and " + IN_FORCE_JPQL;
            case EXPIRED -> "(p.stage = :shownStage or (p.stage = :otherStage and not " + IN_FORCE_JPQL + "))";
            case REVOKED -> "p.stage = :shownStage and not " + IN_FORCE_JPQL;
            default -> "p.stage = :shownStage";
        };
    }

    /** The other stored stage {@link #shownIsJpql} reads for {@code stage}, or null. */
    static ProductStage shownAlso(ProductStage stage) {
        return switch (stage) {
            case CERTIFIED -> REVOKED;
            case EXPIRED -> CERTIFIED;
            default -> null;
        };
    }

    /** JPQL on product alias {@code p}: its current certificate is in force on {@code :today} (see {@link #shown}). */
    static final String IN_FORCE_JPQL = "(p.certifiedThrough is not null and p.certifiedThrough >= :today)";

    /** Applies a workflow step to {@code product} (the only writer of a product's stage besides the client rule). */
    public static void apply(Product product, Step step) {
        product.stage = step.from(product.stage);
    }
}
