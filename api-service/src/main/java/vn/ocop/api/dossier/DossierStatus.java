package vn.ocop.api.dossier;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a dossier (hồ sơ) is: draft → submitted → commune-assessed → under evaluation → recognised / sent up /
 * not recognised / returned for supplement / withdrawn.
 */
public enum DossierStatus {
    /** Nháp: the producer is still preparing it. */
    DRAFT,
    /** Đã nộp. */
    SUBMITTED,
    /** Xã đã đánh giá các nội dung của xã và đề nghị lên tỉnh. */
    COMMUNE_ASSESSED,
    /** Đang được hội đồng đánh giá trong một đợt. */
    UNDER_EVALUATION,
    /** Được công nhận: a certificate was issued. */
    RECOGNISED,
    /** Chuyển lên cấp trên: waits in the next level's queue. */
    SENT_UP,
    /** Không công nhận. */
    NOT_RECOGNISED,
    /** Trả lại để bổ sung (with the reason). */
    RETURNED,
    /** Rút hồ sơ. */
    WITHDRAWN;

    /** Statuses after which the dossier is closed (the product may file a new one). */
    public static final Set<DossierStatus> CLOSED = EnumSet.of(RECOGNISED, NOT_RECOGNISED, WITHDRAWN);

    public boolean open() {
        return !CLOSED.contains(this);
    }
}
