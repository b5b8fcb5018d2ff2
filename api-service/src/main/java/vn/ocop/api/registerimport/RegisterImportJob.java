package vn.ocop.api.registerimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.ocop.api.audit.AuditLog;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.table.TableReader;
import vn.ocop.api.common.time.Today;
import vn.ocop.api.security.Caller;
import vn.ocop.api.security.Scope;

/**
 * The job of one import, run by {@link RegisterImportService} on its executor: read the file, check every row (progress every 500 rows), then for a commit
 * write everything in one transaction. Progress and state are written in short transactions of their own, so
 * {@code GET /imports/{id}} sees them while the job runs; the data and the COMMITTED state are written together.
 */
@ApplicationScoped
public class RegisterImportJob {

    private static final Logger LOG = Logger.getLogger(RegisterImportJob.class);
    static final String AUDIT_TYPE = "register-import";

    private final EntityManager em;
    private final RegisterChecker checker;
    private final RegisterWriter writer;
    private final AuditLog audit;
    private final Caller caller;
    private final ObjectMapper json;
    private final Today today;

    public RegisterImportJob(EntityManager em, RegisterChecker checker, RegisterWriter writer, AuditLog audit,
            Caller caller, ObjectMapper json, Today today) {
        this.em = em;
        this.checker = checker;
        this.writer = writer;
        this.audit = audit;
        this.caller = caller;
        this.json = json;
        this.today = today;
    }

    /** The job of import {@code id}, with the rights of {@code requester} (called on the import executor). */
    @ActivateRequestContext
    public void run(long id, byte[] file, boolean dryRun, String fileName, Scope requester) {
        caller.actAs(requester);
        long started = System.nanoTime();
        try {
            TableReader.Table table;
            try {
                table = TableReader.read(file);
            } catch (ApiException e) {
                String reason = e.errors().isEmpty() ? "reason.table-unreadable" : e.errors().get(0).reason();
                RegisterChecker.Errors errors = new RegisterChecker.Errors();
                errors.add(0, "file", reason);
                finish(id, dryRun, ImportState.INVALID, errors.kept, errors.count, null);
                return;
            }
            int total = table.rows().size();
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update register_import set state = ?1, rows_total = ?2, updated_at = ?3 where id = ?4")
                    .setParameter(1, ImportState.CHECKING.name()).setParameter(2, total)
                    .setParameter(3, Timestamp.from(today.now())).setParameter(4, id).executeUpdate());
            RegisterChecker.Result result = checker.check(table, requester, done -> progress(id, done));
            long checked = System.nanoTime();
            ImportSummary summary = ImportSummary.of(result.plan());
            if (result.errorCount() > 0) {
                finish(id, dryRun, ImportState.INVALID, result.errors(), result.errorCount(), summary);
            } else if (dryRun) {
                finish(id, true, ImportState.VALID, List.of(), 0, summary);
            } else {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update register_import set state = ?1, rows_done = 0 where id = ?2")
                        .setParameter(1, ImportState.WRITING.name()).setParameter(2, id).executeUpdate());
                QuarkusTransaction.requiringNew().timeout(600).run(() -> {
                    writer.write(result.plan(), id, fileName, done -> progress(id, done));
                    finishInTransaction(id, false, ImportState.COMMITTED, List.of(), 0, summary);
                });
            }
            LOG.infof("Import %d (%s, %d rows, dry run %s): checked in %d ms, done in %d ms", id, fileName, total,
                    dryRun, (checked - started) / 1_000_000, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %d failed", id);
            try {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update register_import set"
                        + " state = ?1, commit_key = null, finished_at = ?2, updated_at = ?2 where id = ?3")
                        .setParameter(1, ImportState.FAILED.name()).setParameter(2, Timestamp.from(today.now()))
                        .setParameter(3, id).executeUpdate());
            } catch (RuntimeException again) {
                LOG.errorf(again, "Import %d: the failure could not be recorded", id);
            }
        }
    }

    /**
     * Checks and commits import {@code id} in the caller's transaction, without progress (start-up tasks: the demo
     * data loader, whose areas are not committed yet); the final state as {@link #run} leaves it.
     */
    void runInCurrentTransaction(long id, byte[] file, String fileName) {
        TableReader.Table table = TableReader.read(file);
        RegisterChecker.Result result = checker.check(table, caller.scope(), done -> { });
        ImportSummary summary = ImportSummary.of(result.plan());
        em.createNativeQuery("update register_import set rows_total = ?1 where id = ?2")
                .setParameter(1, table.rows().size()).setParameter(2, id).executeUpdate();
        if (result.errorCount() > 0) {
            throw new IllegalStateException("register " + fileName + " refused: " + result.errors());
        }
        writer.write(result.plan(), id, fileName, done -> { });
        finishInTransaction(id, false, ImportState.COMMITTED, List.of(), 0, summary);
    }

    private void progress(long id, int done) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update register_import set rows_done = ?1 where id = ?2")
                .setParameter(1, done).setParameter(2, id).executeUpdate());
    }

    private void finish(long id, boolean dryRun, ImportState state, List<ImportError> errors, int count,
            ImportSummary summary) {
        QuarkusTransaction.requiringNew().run(() -> finishInTransaction(id, dryRun, state, errors, count, summary));
    }

    /** The final state, errors and summary, with the import's audit entry, in the current transaction. */
    private void finishInTransaction(long id, boolean dryRun, ImportState state, List<ImportError> errors, int count,
            ImportSummary summary) {
        Timestamp now = Timestamp.from(today.now());
        String keep = state == ImportState.COMMITTED ? "commit_key" : "null";
        em.createNativeQuery("update register_import set state = ?1, error_count = ?2, errors_json = ?3,"
                + " summary_json = ?4, finished_at = ?5, updated_at = ?5, rows_done = rows_total, version = version + 1,"
                + " commit_key = " + keep + " where id = ?6")
                .setParameter(1, state.name()).setParameter(2, count).setParameter(3, write(errors))
                .setParameter(4, summary == null ? null : write(summary)).setParameter(5, now).setParameter(6, id)
                .executeUpdate();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", state.name());
        after.put("dryRun", dryRun);
        after.put("errorCount", count);
        after.put("summary", summary);
        audit.record(dryRun ? "import.check" : state == ImportState.COMMITTED ? "import.commit" : "import.refuse",
                AUDIT_TYPE, id, null, caller.areaPath(), null, after);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
