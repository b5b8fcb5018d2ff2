package vn.ocop.api.registerimport;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.time.Today;
import vn.ocop.api.security.Caller;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.Scope;

/**
 * Register imports (nhập sổ theo dõi sản phẩm OCOP): files are taken, stored as an import record and checked or
 * committed by a job on a managed executor of this service, one job at a time (two imports of one province must not
 * race for the same producers; the machine is small). A commit of a file already committed (same SHA-256) answers
 * the earlier import and writes nothing.
 */
@ApplicationScoped
public class RegisterImportService {

    private final ManagedExecutor executor = ManagedExecutor.builder().maxAsync(1)
            .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();

    private final RegisterImportRepository imports;
    private final RegisterImportJob job;
    private final Caller caller;
    private final ObjectMapper json;
    private final Today today;
    private final vn.ocop.api.audit.AuditLog audit;

    public RegisterImportService(RegisterImportRepository imports, RegisterImportJob job, Caller caller,
            ObjectMapper json, Today today, vn.ocop.api.audit.AuditLog audit) {
        this.audit = audit;
        this.imports = imports;
        this.job = job;
        this.caller = caller;
        this.json = json;
        this.today = today;
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    /** The import taken, and whether it is an earlier commit of the same file. */
    public record Submitted(RegisterImportResponse response, boolean earlier) {
    }

    public Submitted submit(String fileName, byte[] file, boolean dryRun) {
        if (file == null || file.length == 0) {
            throw ApiException.invalidField("file", "reason.import-empty");
        }
        String name = fileName == null || fileName.isBlank() ? "register" : fileName.strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        String sha = sha256(file);
        if (!dryRun) {
            Optional<RegisterImport> earlier = imports.findCommit(sha);
            if (earlier.isPresent()) {
                return new Submitted(response(earlier.get()), true);
            }
        }
        Scope requester = caller.scope();
        RegisterImport record;
        try {
            String taken = name;
            record = QuarkusTransaction.requiringNew().call(() -> create(taken, sha, dryRun, requester));
        } catch (PersistenceException e) {
            // A concurrent commit of the same file took the commit key.
            Optional<RegisterImport> earlier = imports.findCommit(sha);
            if (earlier.isPresent()) {
                return new Submitted(response(earlier.get()), true);
            }
            throw e;
        }
        long id = record.id;
        String finalName = record.fileName;
        executor.runAsync(() -> job.run(id, file, dryRun, finalName, requester));
        return new Submitted(response(record), false);
    }

    /**
     * Commits a register in the current transaction, for start-up tasks acting as the system (the demo data
     * loader): the same checks and writes as a job; a file committed already answers the earlier import. Refused
     * rows are an IllegalStateException (the bundled file must be valid).
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
    public Submitted commitNow(String fileName, byte[] file) {
        String sha = sha256(file);
        Optional<RegisterImport> earlier = imports.findCommit(sha);
        if (earlier.isPresent()) {
            return new Submitted(response(earlier.get()), true);
        }
        RegisterImport record = create(fileName, sha, false, caller.scope());
        job.runInCurrentTransaction(record.id, file, fileName);
        imports.getEntityManager().refresh(record);
        return new Submitted(response(record), false);
    }

    private RegisterImport create(String name, String sha, boolean dryRun, Scope requester) {
        RegisterImport record = new RegisterImport();
        record.fileName = name;
        record.sha256 = sha;
        record.commitKey = dryRun ? null : sha;
        record.dryRun = dryRun;
        record.state = ImportState.QUEUED;
        record.createdBy = requester.username() == null ? "anonymous" : requester.username();
        record.areaPath = requester.role() == Role.ADMIN ? null : requester.areaPath();
        imports.persistAndFlush(record);
        java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("id", record.id);
        after.put("fileName", record.fileName);
        after.put("sha256", record.sha256);
        after.put("dryRun", record.dryRun);
        after.put("state", record.state.name());
        audit.record("import.submit", RegisterImportJob.AUDIT_TYPE, record.id, null, record.areaPath, null, after);
        return record;
    }

    /** The import, when the caller may see it: an administrator any, an officer those of their area. */
    public Optional<RegisterImportResponse> find(long id) {
        Scope scope = caller.scope();
        return imports.findByIdOptional(id)
                .filter(i -> scope.role() == Role.ADMIN || i.areaPath != null && scope.canAccessArea(i.areaPath))
                .map(this::response);
    }

    RegisterImportResponse response(RegisterImport i) {
        List<ImportError> errors = List.of();
        ImportSummary summary = null;
        try {
            if (i.errorsJson != null) {
                errors = json.readValue(i.errorsJson, new TypeReference<List<ImportError>>() { });
            }
            if (i.summaryJson != null) {
                summary = json.readValue(i.summaryJson, ImportSummary.class);
            }
        } catch (IOException e) {
            throw new IllegalStateException("import " + i.id + ": stored errors cannot be read", e);
        }
        return new RegisterImportResponse(i.id, i.fileName, i.sha256, i.dryRun, i.state, i.rowsTotal, i.rowsDone,
                i.errorCount, errors, summary, i.createdBy, i.createdAt, i.finishedAt);
    }

    static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
