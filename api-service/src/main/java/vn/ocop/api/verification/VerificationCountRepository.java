package vn.ocop.api.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The table {@code certificate_verification_count} (V18): verifications per certificate and day. */
@ApplicationScoped
public class VerificationCountRepository {

    /**
     * Standard SQL MERGE, the same on H2 and PostgreSQL 15: adds to the day's row, or creates it. The typed SELECT
     * without FROM as the source works on both. Two replicas creating the same new row at the same moment: one gets
     * a unique-key violation, its transaction rolls back and {@link VerificationCounter} keeps its counts for the next
     * flush, which then finds the row and adds to it.
     */
    static final String ADD = "merge into certificate_verification_count t using (select cast(?1 as bigint) as "
            + "certificate_id, cast(?2 as date) as verified_on, cast(?3 as bigint) as n) s "
            + "on t.certificate_id = s.certificate_id and t.verified_on = s.verified_on "
            + "when matched then update set verifications = t.verifications + s.n "
            + "when not matched then insert (certificate_id, verified_on, verifications) "
            + "values (s.certificate_id, s.verified_on, s.n)";

    private final EntityManager em;

    public VerificationCountRepository(EntityManager em) {
        this.em = em;
    }

    /** Adds the counts in one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void add(Map<VerificationCounter.Key, Long> counts) {
        for (Map.Entry<VerificationCounter.Key, Long> entry : counts.entrySet()) {
            em.createNativeQuery(ADD)
                    .setParameter(1, entry.getKey().certificateId())
                    .setParameter(2, entry.getKey().day())
                    .setParameter(3, entry.getValue())
                    .executeUpdate();
        }
    }

    /** One day's count. */
    public record DayCount(LocalDate day, long verifications) {
    }

    /** The days from {@code from} to {@code to} (both included) with at least one verification, in order. */
    @Transactional
    public List<DayCount> perDay(long certificateId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select verified_on, verifications from "
                        + "certificate_verification_count where certificate_id = ?1 and verified_on between ?2 and ?3 "
                        + "order by verified_on")
                .setParameter(1, certificateId).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(row -> new DayCount(toDate(row[0]), ((Number) row[1]).longValue())).toList();
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}
