package vn.ocop.api.round;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link RoundDossier} records. */
@ApplicationScoped
public class RoundDossierRepository implements PanacheRepository<RoundDossier> {
}
