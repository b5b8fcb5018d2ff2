package vn.ocop.api.registerimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.ocop.api.common.persistence.VersionedEntity;

/** One uploaded register file (lần nhập sổ theo dõi) and its job: state, progress, errors, what it wrote. */
@Entity
@Table(name = "register_import")
public class RegisterImport extends VersionedEntity {

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(nullable = false)
    public String sha256;

    /** The SHA-256 while a commit of this file is queued, running or done (unique); null otherwise. */
    @Column(name = "commit_key")
    public String commitKey;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportState state;

    @Column(name = "rows_total", nullable = false)
    public int rowsTotal;

    @Column(name = "rows_done", nullable = false)
    public int rowsDone;

    @Column(name = "error_count", nullable = false)
    public int errorCount;

    @Column(name = "errors_json")
    public String errorsJson;

    @Column(name = "summary_json")
    public String summaryJson;

    /** The importing officer's area (null for an administrator): who may read the import. */
    @Column(name = "area_path")
    public String areaPath;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
