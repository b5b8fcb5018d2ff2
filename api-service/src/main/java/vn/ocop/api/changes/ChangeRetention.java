package vn.ocop.api.changes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.ocop.api.common.time.Today;

/**
 * Keeps the feed to its retention ({@code ocop.changes.retention}, default 30 days): events older than it are
 * deleted daily (with their webhook deliveries) and the highest deleted position becomes {@code pruned_through};
 * a cursor before it answers 410 Gone, since the events after it are no longer all there.
 */
@ApplicationScoped
public class ChangeRetention {

    private static final Logger LOG = Logger.getLogger(ChangeRetention.class);

    private final EntityManager em;
    private final Today today;
    private final ChangesConfig config;

    public ChangeRetention(EntityManager em, Today today, ChangesConfig config) {
        this.em = em;
        this.today = today;
        this.config = config;
    }

    @Scheduled(cron = "0 30 3 * * ?", timeZone = "Asia/Ho_Chi_Minh", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.jobsEnabled()) {
            Instant cutoff = today.now().minus(config.retention());
            LOG.infof("change feed retention: %d event(s) pruned",
                    QuarkusTransaction.requiringNew().call(() -> pruneBefore(cutoff)));
        }
    }

    /** Deletes the events older than the retention; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int prune() {
        return pruneBefore(today.now().minus(config.retention()));
    }

    /** Deletes positioned events that occurred before {@code cutoff}, under the feed lock; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int pruneBefore(Instant cutoff) {
        em.createNativeQuery("select last_position from change_feed_state where id = 1 for update").getSingleResult();
        Number through = (Number) em.createNativeQuery(
                "select max(position) from change_event where occurred_at < ?1 and position is not null")
                .setParameter(1, cutoff).getSingleResult();
        if (through == null) {
            return 0;
        }
        int deleted = em.createNativeQuery("delete from change_event where position <= ?1")
                .setParameter(1, through.longValue()).executeUpdate();
        em.createNativeQuery("update change_feed_state set pruned_through = ?1 where id = 1 and pruned_through < ?1")
                .setParameter(1, through.longValue()).executeUpdate();
        return deleted;
    }
}
