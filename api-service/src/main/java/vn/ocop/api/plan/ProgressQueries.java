package vn.ocop.api.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.certificate.CertificateStatus;
import vn.ocop.api.plan.ProgressScope.CertificateFilter;
import vn.ocop.scoring.lifecycle.EvaluationType;

/**
 * The aggregate queries behind plan progress: each is one COUNT over indexed columns, never a load of entities.
 * "In the area" is a prefix match on the area path copied onto certificates; a certificate counts unless it was
 * revoked on or before the reference day.
 */
@ApplicationScoped
class ProgressQueries {

    private static final String NOT_REVOKED =
            " and not (c.status = :revoked and (c.revokedOn is null or c.revokedOn <= :ref))";
    /**
     * In force on the reference day, by the engine's standing rule as stored (CertificateStandings.IN_FORCE_ON:
     * issued by then and inForceThrough, the engine's last day in force, not before it; expiry, the 26/2026 Điều 12.3
     * grace, revocation and supersession are all in that one date). A certificate replaced by an upgrade or a
     * re-evaluation stops the day before its successor starts, so the product is counted once either way.
     */
    private static final String VALID_ON_REF = " and c.issuedOn <= :ref and c.inForceThrough >= :ref";

    private final EntityManager em;

    ProgressQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Several certificate counts in one statement over the area's certificates (conditional aggregation): each
     * count is either {@link #productsCertifiedInYear} or {@link #productsValidOnRef} with its filter, and gives
     * the same number as that query alone.
     */
    long[] certificateCounts(ProgressScope scope, List<CertificateCount> counts) {
        if (counts.isEmpty()) {
            return new long[0];
        }
        StringBuilder jpql = new StringBuilder("select ");
        for (int i = 0; i < counts.size(); i++) {
            CertificateCount count = counts.get(i);
            jpql.append(i == 0 ? "" : ", ").append("count(distinct case when ")
                    .append(count.validOnRef() ? "c.inForceThrough >= :ref" : "c.issuedOn >= :start");
            count.filter().appendTo(jpql, "_" + i);
            jpql.append(" then c.product.id end)");
        }
        // Issued by the reference day and not revoked by then: the common part of both kinds of count.
        jpql.append(" from Certificate c where c.areaPath like :path and c.issuedOn <= :ref").append(NOT_REVOKED)
                .append(" and (c.issuedOn >= :start or c.inForceThrough >= :ref)");
        Query query = em.createQuery(jpql.toString());
        scope.bindYear(query);
        query.setParameter("revoked", CertificateStatus.REVOKED);
        for (int i = 0; i < counts.size(); i++) {
            counts.get(i).filter().bind(query, "_" + i);
        }
        Object result = query.getSingleResult();
        Object[] row = result instanceof Object[] ? (Object[]) result : new Object[] {result};
        long[] values = new long[counts.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row[i] == null ? 0 : ((Number) row[i]).longValue();
        }
        return values;
    }

    /** One count of {@link #certificateCounts}: products certified in the year, or holding a valid certificate. */
    record CertificateCount(boolean validOnRef, CertificateFilter filter) {
    }

    /** Distinct products with a certificate issued in the year up to the reference day, matching the filter. */
    long productsCertifiedInYear(ProgressScope scope, CertificateFilter filter) {
        StringBuilder jpql = new StringBuilder("select count(distinct c.product.id) from Certificate c"
                + " where c.areaPath like :path and c.issuedOn >= :start and c.issuedOn <= :ref" + NOT_REVOKED);
        filter.appendTo(jpql);
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class);
        scope.bindYear(query);
        query.setParameter("revoked", CertificateStatus.REVOKED);
        filter.bind(query);
        return query.getSingleResult();
    }

    /** Distinct products of the area holding a valid certificate at ≥ minStars on the reference day. */
    long productsValidOnRef(ProgressScope scope, int minStars, String productGroup) {
        String jpql = "select count(distinct c.product.id) from Certificate c"
                + " where c.areaPath like :path and c.stars >= :minStars" + VALID_ON_REF
                + (productGroup == null ? "" : " and c.productGroup = :group");
        TypedQuery<Long> query = em.createQuery(jpql, Long.class)
                .setParameter("path", scope.pathPrefix())
                .setParameter("ref", scope.ref())
                .setParameter("minStars", minStars);
        if (productGroup != null) {
            query.setParameter("group", productGroup);
        }
        return query.getSingleResult();
    }

    /**
     * Communes of the area, existing on the reference day, where a product certified there holds a valid
     * certificate at ≥ minStars on that day (the certificate's area path is the product's commune when issued).
     */
    long communesWithValidProduct(ProgressScope scope, int minStars) {
        return em.createQuery("select count(a) from Area a where a.level = :commune and a.path like :path"
                        + " and a.validFrom <= :ref and (a.validTo is null or a.validTo > :ref)"
                        + " and exists (select 1 from Certificate c where c.areaPath = a.path"
                        + " and c.stars >= :minStars" + VALID_ON_REF + ")", Long.class)
                .setParameter("commune", AreaLevel.COMMUNE)
                .setParameter("path", scope.pathPrefix())
                .setParameter("ref", scope.ref())
                .setParameter("minStars", minStars)
                .getSingleResult();
    }

    /** Communes of the area (below it, or the area itself) that exist on the reference day. */
    long communesOnRef(ProgressScope scope) {
        return em.createQuery("select count(a) from Area a where a.level = :commune and a.path like :path"
                        + " and a.validFrom <= :ref and (a.validTo is null or a.validTo > :ref)", Long.class)
                .setParameter("commune", AreaLevel.COMMUNE)
                .setParameter("path", scope.pathPrefix())
                .setParameter("ref", scope.ref())
                .getSingleResult();
    }

    /** Activities of the year's plans of the area and its sub-areas held up to the reference day, by kind. */
    Map<ActivityKind, Long> activitiesByKind(ProgressScope scope) {
        List<Object[]> rows = em.createQuery("select a.kind, count(a) from PlanActivity a join a.plan p"
                        + " where p.areaPath like :path and p.year = :year and a.heldOn <= :ref group by a.kind",
                        Object[].class)
                .setParameter("path", scope.pathPrefix())
                .setParameter("year", scope.year())
                .setParameter("ref", scope.ref())
                .getResultList();
        Map<ActivityKind, Long> counts = new EnumMap<>(ActivityKind.class);
        for (Object[] row : rows) {
            counts.put((ActivityKind) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Distinct producers trained in the training classes of the year's plans of the area and its sub-areas. */
    long producersTrained(ProgressScope scope) {
        return em.createQuery("select count(distinct pid) from PlanActivity a join a.plan p join a.producerIds pid"
                        + " where p.areaPath like :path and p.year = :year and a.kind = :training"
                        + " and a.heldOn <= :ref", Long.class)
                .setParameter("path", scope.pathPrefix())
                .setParameter("year", scope.year())
                .setParameter("ref", scope.ref())
                .setParameter("training", ActivityKind.TRAINING_CLASS)
                .getSingleResult();
    }

    /** Producers of the area whose product was certified in the year and who were not trained. */
    long producersCertifiedNotTrained(ProgressScope scope) {
        return em.createQuery("select count(distinct p.producer.id) from Certificate c join c.product p"
                        + " where c.areaPath like :path and c.issuedOn >= :start and c.issuedOn <= :ref" + NOT_REVOKED
                        + " and p.producer.id not in (select pid from PlanActivity a join a.plan pl"
                        + " join a.producerIds pid where pl.areaPath like :path and pl.year = :year"
                        + " and a.kind = :training and a.heldOn <= :ref)", Long.class)
                .setParameter("path", scope.pathPrefix())
                .setParameter("start", scope.start())
                .setParameter("ref", scope.ref())
                .setParameter("year", scope.year())
                .setParameter("revoked", CertificateStatus.REVOKED)
                .setParameter("training", ActivityKind.TRAINING_CLASS)
                .getSingleResult();
    }

    /** A certificate of a named product that meets a target's filter (see {@link #namedCertificates}). */
    record NamedCertificate(long id, String number, int stars, LocalDate issuedOn, LocalDate inForceThrough) {
    }

    /**
     * The certificates of the named products that meet the filter in the plan period, by product, oldest first:
     * issued in it ({@code event}: an upgrade, a re-certification) or, otherwise, in force at some day of it. The
     * products are named, so the area is not asked; a certificate never in force (inForceThrough null) is left out.
     */
    Map<Long, List<NamedCertificate>> namedCertificates(ProgressScope scope, CertificateFilter filter, boolean event,
            List<Long> productIds) {
        StringBuilder jpql = new StringBuilder("select c.product.id, c.id, c.number, c.stars, c.issuedOn,"
                + " c.inForceThrough from Certificate c where c.product.id in :ids and c.issuedOn <= :ref"
                + " and c.inForceThrough is not null")
                .append(event ? " and c.issuedOn >= :start" : " and c.inForceThrough >= :start");
        filter.appendTo(jpql);
        jpql.append(" order by c.issuedOn, c.id");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("ids", new java.util.HashSet<>(productIds))
                .setParameter("ref", scope.ref())
                .setParameter("start", scope.start());
        filter.bind(query);
        Map<Long, List<NamedCertificate>> byProduct = new java.util.HashMap<>();
        for (Object[] row : query.getResultList()) {
            byProduct.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>()).add(new NamedCertificate(
                    (Long) row[1], (String) row[2], (Integer) row[3], (LocalDate) row[4], (LocalDate) row[5]));
        }
        return byProduct;
    }

    /** Names of products by id. */
    Map<Long, String> productNames(List<Long> productIds) {
        Map<Long, String> names = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select p.id, p.name from Product p where p.id in :ids", Object[].class)
                .setParameter("ids", new java.util.HashSet<>(productIds)).getResultList()) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }

    static CertificateFilter filter(Integer minStars, String group, EvaluationType type, Integer previousStars) {
        return new CertificateFilter(minStars, group, type, previousStars);
    }

    static LocalDate endOfYear(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
