package vn.ocop.api.product;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Queries over {@link Product} records. */
@ApplicationScoped
public class ProductRepository implements PanacheRepository<Product> {

    public Optional<Product> findByProductCode(String productCode) {
        return find("productCode", productCode).firstResultOptional();
    }

    /** Codes of the 2025 form already used in a commune for a year ("25-07570-%-2025"). */
    public List<String> productCodesLike(String pattern) {
        return find("select productCode from Product where productCode like ?1", pattern)
                .project(String.class).list();
    }
}
