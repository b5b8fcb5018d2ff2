package vn.ocop.api.round;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link ScoreSheet} records. */
@ApplicationScoped
public class ScoreSheetRepository implements PanacheRepository<ScoreSheet> {
}
