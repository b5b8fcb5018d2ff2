package vn.ocop.api.common.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter of committed writes in this process. {@link ReadCache} keys every cached answer by the value read
 * before the answer was computed, so an answer computed before a write is never served after it.
 * <p>
 * {@link DataChangeListener} calls {@link #changed()} for every stored record that is inserted, updated or
 * deleted; the counter moves once per transaction, after it commits (a rolled-back write leaves cached answers
 * valid). Writes that bypass the entities (bulk statements) call {@link #changed()} themselves.
 * <p>
 * Steps registered with {@link #beforeCommit} run once per writing transaction, inside it, just before it commits:
 * {@link ChangeFeed} sends its notification there, so the notification commits (or rolls back) with the write and
 * cannot be lost on the way.
 */
@ApplicationScoped
public class DataVersion {

    private static final Object REGISTERED = DataVersion.class;

    private final AtomicLong value = new AtomicLong();
    private final List<Runnable> commitListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> beforeCommitSteps = new CopyOnWriteArrayList<>();
    private final TransactionSynchronizationRegistry transactions;

    public DataVersion(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** The number of writes committed so far (or seen committed by another replica). */
    public long current() {
        return value.get();
    }

    /** Records that the current transaction writes data: the version moves when (and if) it commits. */
    public void changed() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            committedOutsideTransaction();
            return;
        }
        if (transactions.getResource(REGISTERED) == null) {
            transactions.putResource(REGISTERED, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // A step that throws rolls the write back: it never commits without its notification.
                    beforeCommitSteps.forEach(Runnable::run);
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        bump();
                    }
                }
            });
        }
    }

    private void committedOutsideTransaction() {
        bump();
        commitListeners.forEach(Runnable::run);
    }

    /**
     * Runs {@code listener} after each write of this process that committed outside a transaction (the version has
     * moved already); a write inside a transaction runs the {@link #beforeCommit} steps instead.
     */
    void onCommitOutsideTransaction(Runnable listener) {
        commitListeners.add(listener);
    }

    /**
     * Runs {@code step} inside each writing transaction of this process, before it commits (on the transaction's
     * own connection when the step asks the pool for one). Writes outside a transaction do not run it: they are
     * committed already and reach only {@link #onCommitOutsideTransaction} listeners.
     */
    void beforeCommit(Runnable step) {
        beforeCommitSteps.add(step);
    }

    /** Moves the version now: a write committed (here or, through {@link ChangeFeed}, by another replica). */
    void bump() {
        value.incrementAndGet();
    }
}
