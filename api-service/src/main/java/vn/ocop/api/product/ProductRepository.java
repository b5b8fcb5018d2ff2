package vn.ocop.api.product;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;

/** Queries over {@link Product} records. */
@ApplicationScoped
public class ProductRepository implements PanacheRepository<Product> {

    /**
     * A page of products matching a JPQL condition over {@code p} (a Product), in the given order, as response
     * records: one statement over the product table for the page, then the names of its producers and areas (at
     * most one small IN query each), no entity loads. The names are not joined into the page statement: with a
     * generic plan PostgreSQL would join every matching row before sorting (6,000 rows for "mat ong hoa").
     */
    /** One page of products as shown on {@code today} (the stage derived by {@link ProductStage#shown}). */
    public List<ProductResponse> page(String where, String orderBy, Map<String, Object> params, int page, int size,
            LocalDate today) {
        TypedQuery<ProductResponse> query = getEntityManager().createQuery("select new " + ProductResponse.class.getName()
                + "(p.id, p.name, p.producer.id, '', p.productSetCode, p.productGroup, p.stage, p.productCode,"
                + " p.area.id, '', p.areaPath, p.description, p.currentStars, p.currentCertificateId, p.version,"
                + " p.createdAt, p.updatedAt) from Product p where " + where + " order by " + orderBy,
                ProductResponse.class);
        params.forEach(query::setParameter);
        List<ProductResponse> rows = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, String> producerNames = names("select pr.id, pr.name from Producer pr where pr.id in :ids",
                rows.stream().map(ProductResponse::producerId).collect(Collectors.toSet()));
        Map<Long, String> areaNames = names("select a.id, a.name from Area a where a.id in :ids",
                rows.stream().map(ProductResponse::areaId).collect(Collectors.toSet()));
        Set<Long> inForce = inForce(rows.stream().filter(r -> r.stage() == ProductStage.CERTIFIED
                || r.stage() == ProductStage.REVOKED).map(ProductResponse::id).collect(Collectors.toSet()), today);
        return rows.stream().map(r -> new ProductResponse(r.id(), r.name(), r.producerId(),
                producerNames.get(r.producerId()), r.productSetCode(), r.productGroup(),
                ProductStage.shown(r.stage(), inForce.contains(r.id())), r.productCode(),
                r.areaId(), areaNames.get(r.areaId()), r.areaPath(), r.description(), r.currentStars(),
                r.currentCertificateId(), r.version(), r.createdAt(), r.updatedAt())).toList();
    }

    /** Of the products {@code ids}, those whose current certificate is in force on {@code today}. */
    private Set<Long> inForce(Set<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createQuery("select p.id from Product p where p.id in :ids and "
                + ProductStage.IN_FORCE_JPQL, Long.class).setParameter("ids", ids).setParameter("today", today)
                .getResultList());
    }

    private Map<Long, String> names(String jpql, Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (Object[] row : getEntityManager().createQuery(jpql, Object[].class).setParameter("ids", ids)
                .getResultList()) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }

    /** Number of products matching a JPQL condition over {@code p} (the product table alone). */
    public long count(String where, Map<String, Object> params) {
        TypedQuery<Long> query = getEntityManager().createQuery("select count(*) from Product p where " + where,
                Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Dossiers (hồ sơ đánh giá) filed for the product. */
    public long countDossiers(long productId) {
        return getEntityManager().createQuery("select count(d) from Dossier d where d.product.id = ?1", Long.class)
                .setParameter(1, productId).getSingleResult();
    }

    /** Certificates ever issued to the product (by entity name: the product feature does not use the certificate's). */
    public long countCertificates(long productId) {
        return getEntityManager().createQuery("select count(c) from Certificate c where c.product.id = ?1", Long.class)
                .setParameter(1, productId).getSingleResult();
    }

    public Optional<Product> findByProductCode(String productCode) {
        return find("productCode", productCode).firstResultOptional();
    }
}
