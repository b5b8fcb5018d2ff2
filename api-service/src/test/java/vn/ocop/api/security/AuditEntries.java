package vn.ocop.api.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import vn.ocop.api.audit.AuditEntry;
import vn.ocop.api.audit.AuditEntryRepository;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.account.AccountRequest;
import vn.ocop.api.account.AccountService;

/**
 * The stored audit log as the audit tests read it, past the API (by actor, which the API does not filter on), and
 * writes run in a transaction of the test's making.
 */
@ApplicationScoped
public class AuditEntries {

    private final AuditEntryRepository entries;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Caller caller;

    public AuditEntries(AuditEntryRepository entries, AccountService accounts, AuditLog audit, Caller caller) {
        this.entries = entries;
        this.accounts = accounts;
        this.audit = audit;
        this.caller = caller;
    }

    /**
     * Creates an account through its service in a transaction of its own, as a start-up task would; with
     * {@code rollBack}, the transaction is rolled back after the service returned (an exception leaves it).
     * Returns the account's id.
     */
    @ActivateRequestContext
    public long createAccount(AccountRequest request, boolean rollBack) {
        caller.actAsSystem();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                long id = accounts.create(request).id;
                if (rollBack) {
                    throw new RolledBack(id);
                }
                return id;
            });
        } catch (RolledBack e) {
            return e.id;
        }
    }

    /** Thrown out of a transaction to roll it back. */
    private static final class RolledBack extends RuntimeException {
        final long id;

        RolledBack(long id) {
            super("rolled back on purpose", null, false, false);
            this.id = id;
        }
    }

    /** Records an entry with no transaction around it. */
    @ActivateRequestContext
    public void recordWithoutTransaction() {
        caller.actAsSystem();
        audit.record("test.outside", "test", 1L, null, null, null, Map.of("x", 1));
    }

    @Transactional
    public long countBy(String actor) {
        return entries.count("actor", actor);
    }

    @Transactional
    public List<AuditEntry> by(String actor) {
        return entries.list("actor = ?1 order by id", actor);
    }

    @Transactional
    public long countOf(String entityType, long entityId) {
        return entries.count("entityType = ?1 and entityId = ?2", entityType, entityId);
    }
}
