package vn.ocop.api.changes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateRepository;
import vn.ocop.api.certificate.CertificateStandings;
import vn.ocop.api.common.time.Today;
import vn.ocop.scoring.lifecycle.Standing;

/**
 * Events that happen by date (issue 16 §3): a certificate whose last day in force has passed (its expiry, or the
 * end of its grace) is {@code certificate.expired} on the next day, the product with its new shown stage
 * {@code product.updated}. Runs just after midnight in Vietnam, at start-up (to catch up after downtime) and from
 * tests. Where a certificate stands is the engine's rule ({@link CertificateStandings#on}); this job only asks it.
 * Each expiry is written once: the event's dedup key is (type, certificate, first day out of force), unique in the
 * database, so a second run on the same day, or on another replica, writes nothing.
 */
@ApplicationScoped
public class ExpiryJob {

    private static final Logger LOG = Logger.getLogger(ExpiryJob.class);
    private static final String ACTOR = "system";

    private final CertificateRepository certificates;
    private final CertificateStandings standings;
    private final ChangeRecorder recorder;
    private final ChangeEventRepository events;
    private final Today today;
    private final ChangesConfig config;

    public ExpiryJob(CertificateRepository certificates, CertificateStandings standings, ChangeRecorder recorder,
            ChangeEventRepository events, Today today, ChangesConfig config) {
        this.certificates = certificates;
        this.standings = standings;
        this.recorder = recorder;
        this.events = events;
        this.today = today;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.jobsEnabled()) {
            daily();
        }
    }

    @Scheduled(cron = "0 1 0 * * ?", timeZone = "Asia/Ho_Chi_Minh", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.jobsEnabled()) {
            daily();
        }
    }

    private void daily() {
        try {
            LocalDate day = today.date();
            int written = QuarkusTransaction.requiringNew().call(() -> run(day));
            LOG.infof("certificate expiry: %d event(s) for %s", written, today.date());
        } catch (RuntimeException e) {
            // Another replica wrote the same day's events first (unique dedup key), or the database is away:
            // the next run (tomorrow or at start-up) catches up within the look-back.
            LOG.warnf("certificate expiry run failed: %s", e.toString());
        }
    }

    /**
     * Writes {@code certificate.expired} for every certificate out of force on {@code day} whose last day in force
     * lies within the look-back ({@code ocop.changes.expiry-lookback-days}) and has no such event yet.
     *
     * @return the number of certificates written
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int run(LocalDate day) {
        List<Certificate> candidates = certificates.find("inForceThrough < ?1 and inForceThrough >= ?2 order by id",
                day, day.minusDays(config.expiryLookbackDays())).list();
        int written = 0;
        for (Certificate c : candidates) {
            if (standings.on(c, day).kind() != Standing.EXPIRED) {
                continue;
            }
            String key = ChangeTypes.CERTIFICATE_EXPIRED + ":" + c.id + ":" + c.inForceThrough.plusDays(1);
            if (events.count("dedupKey", key) > 0) {
                continue;
            }
            recorder.append(ChangeTypes.CERTIFICATE_EXPIRED, "certificate", c.id, c.product.id, c.product.areaPath,
                    standings.response(c, day), ACTOR, today.now(), key);
            recorder.productChanged(c.product.id, ACTOR, today.now(), true);
            written++;
        }
        return written;
    }
}
