package vn.ocop.api.round;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link EvaluationRound} records. */
@ApplicationScoped
public class EvaluationRoundRepository implements PanacheRepository<EvaluationRound> {
}
