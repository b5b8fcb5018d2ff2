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
 */
@ApplicationScoped
public class DataVersion {

    private static final Object REGISTERED = DataVersion.class;

    private final AtomicLong value = new AtomicLong();
    private final List<Runnable> commitListeners = new CopyOnWriteArrayList<>();
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
            committed();
            return;
        }
        if (transactions.getResource(REGISTERED) == null) {
            transactions.putResource(REGISTERED, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        committed();
                    }
                }
            });
        }
    }

    private void committed() {
        bump();
        commitListeners.forEach(Runnable::run);
    }

    /** Runs {@code listener} after each write of this process commits (the version has moved already). */
    void onCommit(Runnable listener) {
        commitListeners.add(listener);
    }

    /** Moves the version now: a write committed (here or, through {@link ChangeFeed}, by another replica). */
    void bump() {
        value.incrementAndGet();
    }
}
