package vn.ocop.api.registerimport;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Queries over {@link RegisterImport} records. */
@ApplicationScoped
public class RegisterImportRepository implements PanacheRepository<RegisterImport> {

    /** The commit of this file (queued, running or committed), if any. */
    public Optional<RegisterImport> findCommit(String sha256) {
        return find("commitKey", sha256).firstResultOptional();
    }
}
