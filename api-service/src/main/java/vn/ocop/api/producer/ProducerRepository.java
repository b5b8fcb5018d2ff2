package vn.ocop.api.producer;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link Producer} records. */
@ApplicationScoped
public class ProducerRepository implements PanacheRepository<Producer> {

    public boolean existsByRegistrationCode(String registrationCode, Long exceptId) {
        return exceptId == null
                ? count("registrationCode", registrationCode) > 0
                : count("registrationCode = ?1 and id <> ?2", registrationCode, exceptId) > 0;
    }

    public long countProducts(Long producerId) {
        return getEntityManager()
                .createQuery("select count(p) from Product p where p.producer.id = :id", Long.class)
                .setParameter("id", producerId)
                .getSingleResult();
    }
}
