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

    /** Several products as the API shows them today, by id (absent ids left out), with a few statements per 1,000. */
    public java.util.Map<Long, ProductResponse> all(java.util.Collection<Long> ids) {
        java.util.Map<Long, ProductResponse> found = new java.util.HashMap<>();
        java.util.List<Long> list = java.util.List.copyOf(ids);
        java.time.LocalDate day = today.date();
        for (int from = 0; from < list.size(); from += CHUNK) {
            products.getEntityManager().createQuery("select p from Product p join fetch p.producer left join fetch p.area"
                    + " where p.id in :ids", Product.class)
                    .setParameter("ids", list.subList(from, Math.min(list.size(), from + CHUNK)))
                    .getResultList().forEach(p -> found.put(p.id, ProductResponse.of(p, day)));
        }
        return found;
    }

    private static final int CHUNK = 1000;
}
