package vn.ocop.api.verification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import vn.ocop.api.common.time.Today;

/**
 * Counts public verifications per certificate and day (Vietnam time) in memory, and adds them to the database every
 * {@code ocop.verification-counts.flush-every} (default one minute) and at shutdown. A verification costs one map
 * update, never a database write; only the certificate id and the day are kept, no address or other trace of who
 * checked. Each replica counts its own and adds them up in the same rows.
 *
 * <p>Not audited: the audit log records writes made by users; these counts are system bookkeeping written by the
 * service itself on a timer, and no user can change them.
 */
@ApplicationScoped
public class VerificationCounter {

    private static final Logger LOG = Logger.getLogger(VerificationCounter.class);

    /** One certificate on one day. */
    public record Key(long certificateId, LocalDate day) {
    }

    private final ConcurrentHashMap<Key, Long> pending = new ConcurrentHashMap<>();
    private final VerificationCountRepository counts;
    private final Today today;

    public VerificationCounter(VerificationCountRepository counts, Today today) {
        this.counts = counts;
        this.today = today;
    }

    /** One verification of the certificate, today. */
    public void count(long certificateId) {
        pending.merge(new Key(certificateId, today.date()), 1L, Long::sum);
    }

    /**
     * Adds the counts so far to the database and forgets them. Each entry is taken out atomically ({@code remove}), so
     * a verification counted meanwhile goes into a new entry for the next flush, never lost or counted twice. When
     * the write fails, the counts go back into memory for the next flush.
     */
    @Scheduled(every = "${ocop.verification-counts.flush-every:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<Key, Long> batch = new HashMap<>();
        for (Key key : pending.keySet()) {
            Long n = pending.remove(key);
            if (n != null) {
                batch.put(key, n);
            }
        }
        try {
            counts.add(batch);
        } catch (RuntimeException e) {
            batch.forEach((key, n) -> pending.merge(key, n, Long::sum));
            LOG.warnf(e, "Verification counts not written (%d entries kept for the next flush)", batch.size());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        flush();
    }
}
