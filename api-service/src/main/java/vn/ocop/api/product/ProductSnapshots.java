package vn.ocop.api.product;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.ocop.api.common.time.Today;

/**
 * A product as the API shows it today, with no access check: for features that publish what changed (the change
 * feed writes the product again when a certificate or dossier write changed it). Never for answering a caller.
 */
@ApplicationScoped
public class ProductSnapshots {

    private final ProductRepository products;
    private final Today today;

    public ProductSnapshots(ProductRepository products, Today today) {
        this.products = products;
        this.today = today;
    }

    public Optional<ProductResponse> current(long id) {
        return products.findByIdOptional(id).map(p -> ProductResponse.of(p, today.date()));
    }
}
