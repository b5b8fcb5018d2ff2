package vn.ocop.api.certificate;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link Certificate} records. */
@ApplicationScoped
public class CertificateRepository implements PanacheRepository<Certificate> {
}
