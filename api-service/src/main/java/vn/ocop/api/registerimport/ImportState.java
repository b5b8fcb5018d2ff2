package vn.ocop.api.registerimport;

/** Where an import's job is (trạng thái lần nhập). */
public enum ImportState {
    /** Waiting for the import executor. */
    QUEUED,
    /** Reading and checking the rows (rowsDone of rowsTotal checked). */
    CHECKING,
    /** Writing the rows in one transaction (rowsDone of rowsTotal written). */
    WRITING,
    /** Dry run: every row is valid; nothing was written. */
    VALID,
    /** Rows were refused (see errors); nothing was written. */
    INVALID,
    /** Every row was written. */
    COMMITTED,
    /** The job failed unexpectedly; nothing was written (see the service log). */
    FAILED;

    public boolean finished() {
        return this == VALID || this == INVALID || this == COMMITTED || this == FAILED;
    }
}
