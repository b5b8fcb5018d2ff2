package vn.ocop.api.dossier;

import static vn.ocop.api.dossier.DossierStatus.COMMUNE_ASSESSED;
import static vn.ocop.api.dossier.DossierStatus.DRAFT;
import static vn.ocop.api.dossier.DossierStatus.NOT_RECOGNISED;
import static vn.ocop.api.dossier.DossierStatus.RECOGNISED;
import static vn.ocop.api.dossier.DossierStatus.RETURNED;
import static vn.ocop.api.dossier.DossierStatus.SENT_UP;
import static vn.ocop.api.dossier.DossierStatus.SUBMITTED;
import static vn.ocop.api.dossier.DossierStatus.UNDER_EVALUATION;
import static vn.ocop.api.dossier.DossierStatus.WITHDRAWN;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The dossier's state machine (quy trình xử lý hồ sơ) as one transition table: each step names the statuses it may
 * start from and the status it leaves the dossier in. Every status change of a dossier goes through
 * {@link Dossier#apply(DossierStep)}; a step from any other status is a 409 naming the steps that are possible.
 */
public enum DossierStep {
    /** Sửa hồ sơ: the producer edits a draft or a returned dossier; the status stays. */
    EDIT(null, DRAFT, RETURNED),
    /** Nộp hồ sơ. */
    SUBMIT(SUBMITTED, DRAFT, RETURNED),
    /** Xã đánh giá các nội dung của xã và đề nghị lên cấp trên. */
    ASSESS_AT_COMMUNE(COMMUNE_ASSESSED, SUBMITTED),
    /** Trả lại để bổ sung: from any queue the dossier waits in. */
    RETURN_FOR_SUPPLEMENT(RETURNED, SUBMITTED, COMMUNE_ASSESSED, SENT_UP),
    /** Rút hồ sơ: any time before a council has it. */
    WITHDRAW(WITHDRAWN, DRAFT, SUBMITTED, COMMUNE_ASSESSED, RETURNED, SENT_UP),
    /** Đưa vào đợt đánh giá: a dossier waiting in a queue joins a round. */
    ADD_TO_ROUND(UNDER_EVALUATION, SUBMITTED, COMMUNE_ASSESSED, SENT_UP),
    /** Quyết định công nhận. */
    RECOGNISE(RECOGNISED, UNDER_EVALUATION),
    /** Chuyển lên cấp trên. */
    SEND_UP(SENT_UP, UNDER_EVALUATION),
    /** Quyết định không công nhận. */
    NOT_RECOGNISE(NOT_RECOGNISED, UNDER_EVALUATION);

    private final DossierStatus to;
    private final Set<DossierStatus> from;

    DossierStep(DossierStatus to, DossierStatus first, DossierStatus... more) {
        this.to = to;
        this.from = Collections.unmodifiableSet(EnumSet.of(first, more));
    }

    /** Whether this step may start from {@code status}. */
    public boolean allowedFrom(DossierStatus status) {
        return from.contains(status);
    }

    /** The statuses this step may start from. */
    public Set<DossierStatus> from() {
        return from;
    }

    /** The status after the step taken from {@code current} (EDIT keeps it). */
    public DossierStatus target(DossierStatus current) {
        return to == null ? current : to;
    }

    /** The steps possible from {@code status}, in table order (none once the dossier is closed). */
    public static List<DossierStep> possibleFrom(DossierStatus status) {
        return Arrays.stream(values()).filter(step -> step.allowedFrom(status)).toList();
    }
}
