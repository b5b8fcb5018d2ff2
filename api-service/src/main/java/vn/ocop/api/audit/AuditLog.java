package vn.ocop.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import vn.ocop.api.common.time.Today;
import java.time.Instant;
import vn.ocop.api.security.CurrentUser;

/**
 * Records every write in the audit log, inside the writer's transaction: when the write is rolled back,
 * so is its entry. Before/after are JSON snapshots of the API representation (never a password hash).
 *
 * <p>One call per write, at the end of the service method that writes, once the change is flushed:
 * <pre>{@code
 * ProducerResponse before = ProducerResponse.of(producer);
 * apply(producer, request);
 * producers.flush();
 * audit.record("producer.update", AUDIT_TYPE, producer.id, null, producer.areaPath, before,
 *         ProducerResponse.of(producer));
 * }</pre>
 * {@code before} is null on creation, {@code after} null on deletion. Every write operation of the API is walked
 * by {@code AuditTrailTest}, which fails when one leaves no entry.
 */
@ApplicationScoped
public class AuditLog {

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final Today today;
    private final Instance<AuditListener> listeners;

    public AuditLog(AuditEntryRepository entries, CurrentUser currentUser, ObjectMapper json, Today today,
            Instance<AuditListener> listeners) {
        this.today = today;
        this.listeners = listeners;
        this.entries = entries;
        this.currentUser = currentUser;
        this.json = json;
    }

    /**
     * @param action     what was done, "{entity}.{verb}" ("product.assign-code")
     * @param entityType the record's type, as asked for by {@code GET /api/v1/audit-log?entityType=}
     * @param entityId   the record's id
     * @param productId  the product the write concerns, if any (its log: {@code GET /products/{id}/audit-log})
     * @param areaPath   the record's area path: officers of that area may read the entry; null: ADMIN only
     * @param before     snapshot before the write (null on creation)
     * @param after      snapshot after the write (null on deletion)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Long entityId, Long productId, String areaPath,
            Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = today.now();
        entry.actor = currentUser.name();
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.productId = productId;
        entry.areaPath = areaPath;
        entry.beforeJson = toJson(before);
        entry.afterJson = toJson(after);
        entries.persist(entry);
        AuditListener.Write write = new AuditListener.Write(action, entityType, entityId, productId, areaPath, before,
                after, entry.occurredAt, entry.actor);
        for (AuditListener listener : listeners) {
            listener.recorded(write);
        }
    }

    /** The actor of the current request, for decisions that record who made them. */
    public String actor() {
        return currentUser.name();
    }

    private String toJson(Object snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit snapshot cannot be written as JSON", e);
        }
    }
}
