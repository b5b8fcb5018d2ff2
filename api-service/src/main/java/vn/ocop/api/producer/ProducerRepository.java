package vn.ocop.api.producer;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link Producer} records. */
@ApplicationScoped
public class ProducerRepository implements PanacheRepository<Producer> {
}
