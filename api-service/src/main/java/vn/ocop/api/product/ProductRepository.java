package vn.ocop.api.product;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries over {@link Product} records. */
@ApplicationScoped
public class ProductRepository implements PanacheRepository<Product> {

    /**
     * A page of products matching a JPQL condition over {@code p} (a Product), in the given order, read straight
     * into response records with the producer and area names joined in: one statement, no entity loads.
     */
    public List<ProductResponse> page(String where, String orderBy, Map<String, Object> params, int page, int size) {
        TypedQuery<ProductResponse> query = getEntityManager().createQuery("select new " + ProductResponse.class.getName()
                + "(p.id, p.name, pr.id, pr.name, p.productSetCode, p.productGroup, p.stage, p.productCode, a.id,"
                + " a.name, p.areaPath, p.description, p.currentStars, p.currentCertificateId, p.version, p.createdAt,"
                + " p.updatedAt) from Product p join p.producer pr join p.area a where " + where + " order by "
                + orderBy, ProductResponse.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** Number of products matching a JPQL condition over {@code p} (the product table alone). */
    public long count(String where, Map<String, Object> params) {
        TypedQuery<Long> query = getEntityManager().createQuery("select count(*) from Product p where " + where,
                Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public Optional<Product> findByProductCode(String productCode) {
        return find("productCode", productCode).firstResultOptional();
    }

    /** Codes of the 2025 form already used in a commune for a year ("25-07570-%-2025"). */
    public List<String> productCodesLike(String pattern) {
        return find("select productCode from Product where productCode like ?1", pattern)
                .project(String.class).list();
    }
}
