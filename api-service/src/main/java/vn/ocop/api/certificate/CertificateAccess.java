package vn.ocop.api.certificate;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.api.security.AccessPolicy;
import vn.ocop.api.security.Caller;
import vn.ocop.api.security.Role;
import vn.ocop.scoring.process.Level;

/**
 * Who may see and revoke certificates, on top of {@link AccessPolicy}: a certificate is seen by its area's officers
 * and its producer; revocation is for ADMIN (the ministry) or a PROVINCE officer acting as the province. Which level
 * may revoke which tier is the engine's rule ({@code CertificateRules.checkRevocation}), asked by the service.
 */
@ApplicationScoped
public class CertificateAccess {

    private final AccessPolicy access;
    private final Caller caller;

    public CertificateAccess(AccessPolicy access, Caller caller) {
        this.access = access;
        this.caller = caller;
    }

    public void requireCertificateVisible(Certificate certificate) {
        access.requireProducerVisible(certificate.product.producer.id, certificate.areaPath, "entity.certificate",
                certificate.id);
    }

    /** Revocation: ADMIN, or a PROVINCE officer of the certificate's area acting as the province; else 403. */
    public void requireRevoker(Level revokingLevel) {
        access.requireRole(Role.ADMIN, Role.PROVINCE);
        if (caller.scope().is(Role.PROVINCE) && revokingLevel != Level.PROVINCE) {
            throw AccessPolicy.forbidden("detail.forbidden.revoke-level", revokingLevel);
        }
    }

    /** The JPQL condition limiting a certificate list, or null. */
    public String certificateListClause(Parameters params) {
        return caller.scope().listFilter().jpql("areaPath", "product.producer.id", params);
    }
}
