package vn.ocop.api.producer;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;

/** Queries over {@link Producer} records. */
@ApplicationScoped
public class ProducerRepository implements PanacheRepository<Producer> {

    /** A page of producers matching a JPQL condition over {@code p}, read straight into response records. */
    public List<ProducerResponse> page(String where, String orderBy, Map<String, Object> params, int page, int size) {
        TypedQuery<ProducerResponse> query = getEntityManager().createQuery("select new "
                + ProducerResponse.class.getName() + "(p.id, p.name, p.type, p.registrationCode, p.taxCode, p.citizenId,"
                + " p.representativeName, p.representativeWoman, p.representativeEthnicMinority, p.addressLine,"
                + " p.areaId, p.areaPath, p.phone, p.email, p.website, p.version, p.createdAt, p.updatedAt)"
                + " from Producer p where " + where + " order by " + orderBy, ProducerResponse.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** Number of producers matching a JPQL condition over {@code p}. */
    public long count(String where, Map<String, Object> params) {
        TypedQuery<Long> query = getEntityManager().createQuery("select count(*) from Producer p where " + where,
                Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public boolean existsByRegistrationCode(String registrationCode, Long exceptId) {
        return exceptId == null
                ? count("registrationCode", registrationCode) > 0
                : count("registrationCode = ?1 and id <> ?2", registrationCode, exceptId) > 0;
    }

    public boolean existsByTaxCode(String taxCode, Long exceptId) {
        return exceptId == null
                ? count("taxCode", taxCode) > 0
                : count("taxCode = ?1 and id <> ?2", taxCode, exceptId) > 0;
    }

    public long countProducts(Long producerId) {
        return getEntityManager()
                .createQuery("select count(p) from Product p where p.producer.id = :id", Long.class)
                .setParameter("id", producerId)
                .getSingleResult();
    }
}
