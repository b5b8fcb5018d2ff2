package vn.ocop.api.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Queries over {@link TargetActual} records. */
@ApplicationScoped
public class TargetActualRepository implements PanacheRepository<TargetActual> {

    /** A target's recorded actuals, by the day they were done. */
    public List<TargetActual> forTarget(long targetId) {
        return list("target.id = ?1 order by achievedOn, id", targetId);
    }

    public Optional<TargetActual> findOfTarget(long targetId, long id) {
        return find("target.id = ?1 and id = ?2", targetId, id).firstResultOptional();
    }

    /** The sum and number of a target's actuals done in the scope's period (1 January to the reference day). */
    Recorded recorded(long targetId, ProgressScope scope) {
        Object[] row = getEntityManager().createQuery("select coalesce(sum(a.amount), 0), count(a) from TargetActual a"
                        + " where a.target.id = :target and a.achievedOn >= :start and a.achievedOn <= :ref", Object[].class)
                .setParameter("target", targetId)
                .setParameter("start", scope.start())
                .setParameter("ref", scope.ref())
                .getSingleResult();
        return new Recorded((BigDecimal) row[0], ((Number) row[1]).longValue());
    }

    /** What has been recorded for a target in a period. */
    record Recorded(BigDecimal sum, long count) {
    }
}
