package vn.ocop.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.ocop.api.common.user.CurrentUser;

/**
 * Records every write in the audit log, inside the writer's transaction: when the write is rolled back,
 * so is its entry. Before/after are JSON snapshots of the API representation.
 */
@ApplicationScoped
public class AuditLog {

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final ObjectMapper json;

    public AuditLog(AuditEntryRepository entries, CurrentUser currentUser, ObjectMapper json) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Long entityId, Long productId, Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = Instant.now();
        entry.actor = currentUser.name();
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.productId = productId;
        entry.beforeJson = toJson(before);
        entry.afterJson = toJson(after);
        entries.persist(entry);
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
