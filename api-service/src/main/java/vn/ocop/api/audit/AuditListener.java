package vn.ocop.api.audit;

/**
 * A port for features that must see every write as it is recorded, inside the writer's transaction (the change
 * feed's outbox, {@code vn.ocop.api.changes}): {@link AuditLog#record} (and {@link AuditLog#recordAll}) calls every bean implementing it after the
 * entry is stored, so an exception here rolls the write back like a failed audit entry would.
 */
public interface AuditListener {

    /** One recorded write, with the snapshots passed to {@link AuditLog#record}. */
    record Write(String action, String entityType, Long entityId, Long productId, String areaPath, Object before,
            Object after, java.time.Instant occurredAt, String actor) {
    }

    void recorded(Write write);

    /**
     * Many writes recorded at once by {@link AuditLog#recordAll} (a register import), in their order. By default one
     * {@link #recorded} each; a listener may do better in bulk.
     */
    default void recordedAll(java.util.List<Write> writes) {
        writes.forEach(this::recorded);
    }
}
