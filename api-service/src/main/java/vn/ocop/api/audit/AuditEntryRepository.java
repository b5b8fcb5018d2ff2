package vn.ocop.api.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link AuditEntry} records. */
@ApplicationScoped
public class AuditEntryRepository implements PanacheRepository<AuditEntry> {
}
