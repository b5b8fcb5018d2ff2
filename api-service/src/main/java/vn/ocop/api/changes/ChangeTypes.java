package vn.ocop.api.changes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one table from audit actions to change-feed event types (loại sự kiện thay đổi). Every write is recorded in
 * the audit log ({@code AuditLog.record}); the writes a provincial or national system copies (certificates,
 * products, producers, dossier status, results, decisions) become events in the same transaction. Actions not
 * listed here (areas, accounts, plans, rounds, score sheets) are not published.
 */
public final class ChangeTypes {

    public static final String CERTIFICATE_ISSUED = "certificate.issued";
    public static final String CERTIFICATE_REVOKED = "certificate.revoked";
    public static final String CERTIFICATE_SUPERSEDED = "certificate.superseded";
    public static final String CERTIFICATE_GRACE_EXTENDED = "certificate.grace_extended";
    public static final String CERTIFICATE_GRACE_ENDED = "certificate.grace_ended";
    /** Written by date, not by a request: the day after the certificate's last day in force ({@link ExpiryJob}). */
    public static final String CERTIFICATE_EXPIRED = "certificate.expired";
    /** A historical certificate recorded by a register import (with its source: import, file, row). */
    public static final String CERTIFICATE_IMPORTED = "certificate.imported";
    /** A certificate write not listed. */
    public static final String CERTIFICATE_UPDATED = "certificate.updated";
    public static final String PRODUCT_CREATED = "product.created";
    public static final String PRODUCT_UPDATED = "product.updated";
    public static final String PRODUCT_DELETED = "product.deleted";
    public static final String PRODUCER_CREATED = "producer.created";
    public static final String PRODUCER_UPDATED = "producer.updated";
    public static final String PRODUCER_DELETED = "producer.deleted";
    public static final String DOSSIER_CREATED = "dossier.created";
    public static final String DOSSIER_STATUS_CHANGED = "dossier.status_changed";
    public static final String RESULT_CLOSED = "result.closed";
    public static final String DECISION_RECORDED = "decision.recorded";

    /** Every event type, in the order the documentation lists them. */
    public static final List<String> ALL = List.of(CERTIFICATE_ISSUED, CERTIFICATE_REVOKED, CERTIFICATE_SUPERSEDED,
            CERTIFICATE_GRACE_EXTENDED, CERTIFICATE_GRACE_ENDED, CERTIFICATE_EXPIRED, CERTIFICATE_IMPORTED,
            CERTIFICATE_UPDATED,
            PRODUCT_CREATED, PRODUCT_UPDATED, PRODUCT_DELETED, PRODUCER_CREATED, PRODUCER_UPDATED, PRODUCER_DELETED,
            DOSSIER_CREATED, DOSSIER_STATUS_CHANGED, RESULT_CLOSED, DECISION_RECORDED);

    private static final Map<String, String> BY_ACTION = new LinkedHashMap<>();

    static {
        BY_ACTION.put("certificate.issue", CERTIFICATE_ISSUED);
        BY_ACTION.put("certificate.revoke", CERTIFICATE_REVOKED);
        BY_ACTION.put("certificate.supersede", CERTIFICATE_SUPERSEDED);
        BY_ACTION.put("certificate.grace", CERTIFICATE_GRACE_EXTENDED);
        BY_ACTION.put("certificate.grace-end", CERTIFICATE_GRACE_ENDED);
        BY_ACTION.put("certificate.import", CERTIFICATE_IMPORTED);
        BY_ACTION.put("product.create", PRODUCT_CREATED);
        BY_ACTION.put("product.import", PRODUCT_CREATED);
        BY_ACTION.put("producer.import", PRODUCER_CREATED);
        BY_ACTION.put("product.delete", PRODUCT_DELETED);
        BY_ACTION.put("producer.create", PRODUCER_CREATED);
        BY_ACTION.put("producer.delete", PRODUCER_DELETED);
        BY_ACTION.put("dossier.create", DOSSIER_CREATED);
        BY_ACTION.put("result.close", RESULT_CLOSED);
    }

    private ChangeTypes() {
    }

    /**
     * The event type of an audit action, or empty when the action is not published. Beyond the table: any other
     * {@code product.*}, {@code producer.*} or {@code certificate.*} action is an update, any other
     * {@code dossier.*} action a status change, any {@code decision.*} action a recorded decision.
     */
    public static Optional<String> of(String action) {
        String exact = BY_ACTION.get(action);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (action.startsWith("product.")) {
            return Optional.of(PRODUCT_UPDATED);
        }
        if (action.startsWith("producer.")) {
            return Optional.of(PRODUCER_UPDATED);
        }
        if (action.startsWith("certificate.")) {
            return Optional.of(CERTIFICATE_UPDATED);
        }
        if (action.startsWith("dossier.")) {
            return Optional.of(DOSSIER_STATUS_CHANGED);
        }
        if (action.startsWith("decision.")) {
            return Optional.of(DECISION_RECORDED);
        }
        return Optional.empty();
    }
}
