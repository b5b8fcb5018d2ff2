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

    /** One entry of {@link #recordAll}: the arguments of {@link #record}. */
    public record Entry(String action, String entityType, long entityId, Long productId, String areaPath,
            Object before, Object after) {
    }

    /**
     * Records many entries at once (a register import's thousands of records) with JDBC batches in the current
     * transaction; the same entries as {@link #record} would leave, one per element, and the listeners see them as one
     * batch ({@link AuditListener#recordedAll}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(java.util.List<Entry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        String actor = currentUser.name();
        java.sql.Timestamp at = java.sql.Timestamp.from(today.now());
        entries.flush();
        entries.getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement insert = connection.prepareStatement("insert into audit_entry"
                    + " (occurred_at, actor, action, entity_type, entity_id, product_id, area_path, before_json,"
                    + " after_json) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (Entry e : batch) {
                    insert.setTimestamp(1, at);
                    insert.setString(2, actor);
                    insert.setString(3, e.action());
                    insert.setString(4, e.entityType());
                    insert.setLong(5, e.entityId());
                    insert.setObject(6, e.productId());
                    insert.setString(7, e.areaPath());
                    insert.setString(8, toJson(e.before()));
                    insert.setString(9, toJson(e.after()));
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
        java.util.List<AuditListener.Write> writes = new java.util.ArrayList<>(batch.size());
        for (Entry e : batch) {
            writes.add(new AuditListener.Write(e.action(), e.entityType(), e.entityId(), e.productId(), e.areaPath(),
                    e.before(), e.after(), at.toInstant(), actor));
        }
        for (AuditListener listener : listeners) {
            listener.recordedAll(writes);
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
