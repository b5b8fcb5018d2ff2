package vn.ocop.api.product;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link Product} records. */
@ApplicationScoped
public class ProductRepository implements PanacheRepository<Product> {
}
