package vn.ocop.api.dossier;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Queries over {@link Dossier} records. */
@ApplicationScoped
public class DossierRepository implements PanacheRepository<Dossier> {

    public Optional<Dossier> openForProduct(long productId) {
        return find("openProductId", productId).firstResultOptional();
    }

    public List<Dossier> ofProduct(long productId) {
        return list("product.id = ?1 order by filedOn, id", productId);
    }

    /** The product's most recent dossier (the one an upgrade or re-evaluation is copied from). */
    public Optional<Dossier> latestOfProduct(long productId) {
        return find("product.id = ?1 order by filedOn desc, id desc", productId).firstResultOptional();
    }

    /** Whether the dossier is in a round on whose council the account {@code username} sits. */
    public boolean onRoundOfMember(long dossierId, String username) {
        return username != null && getEntityManager().createQuery("select count(e) from RoundDossier e, CouncilMember m"
                + " where e.dossier.id = :dossier and m.round = e.round and m.userId = :user", Long.class)
                .setParameter("dossier", dossierId).setParameter("user", username).getSingleResult() > 0;
    }
}
