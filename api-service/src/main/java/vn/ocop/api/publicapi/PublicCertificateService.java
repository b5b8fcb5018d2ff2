package vn.ocop.api.publicapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaRepository;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateRepository;
import vn.ocop.api.certificate.CertificateStandings;
import vn.ocop.api.common.time.Today;
import vn.ocop.api.security.AreaPaths;
import vn.ocop.scoring.lifecycle.CertificateStanding;

/**
 * Answers "is this certificate genuine and valid today?". Never cached on the server: a revocation, or any change
 * of a certificate, shows on the very next verification on every replica (issue 9, item 13). One indexed lookup;
 * guessing numbers is bounded by the public rate limit, and clients revalidate with the ETag ({@link PublicCaching}).
 */
@ApplicationScoped
public class PublicCertificateService {

    private final CertificateRepository certificates;
    private final AreaRepository areas;
    private final VerificationUrls urls;
    private final Today today;
    private final CertificateStandings standings;

    public PublicCertificateService(CertificateRepository certificates, AreaRepository areas, VerificationUrls urls,
            Today today, CertificateStandings standings) {
        this.today = today;
        this.standings = standings;
        this.certificates = certificates;
        this.areas = areas;
        this.urls = urls;
    }

    @Transactional
    public Optional<CertificateVerification> verify(String number) {
        Optional<Certificate> found = certificates.find(
                "select c from Certificate c join fetch c.product p join fetch p.producer where c.number = ?1", number)
                .firstResultOptional();
        return found.map(this::toVerification);
    }

    private CertificateVerification toVerification(Certificate c) {
        LocalDate day = today.date();
        CertificateStanding standing = standings.on(c, day);
        Long provinceId = AreaPaths.provinceId(c.areaPath);
        String provinceName = provinceId == null ? null
                : areas.findByIdOptional(provinceId).map(area -> area.name).orElse(null);
        return new CertificateVerification(c.number, standing.kind(), standing.inForce(),
                c.product.name, c.product.productCode, c.productGroup, c.stars, c.product.producer.name,
                provinceName, c.decidingBody, c.decisionNumber, c.decisionDate, c.issuedOn, c.expiresOn,
                standing instanceof CertificateStanding.InGrace grace ? grace.until() : null,
                standing instanceof CertificateStanding.Revoked revoked ? revoked.on() : null, day, urls.of(c.number));
    }

    /** Province names by id, for lists. */
    java.util.Map<Long, String> provinceNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        for (Area area : areas.list("id in ?1", ids)) {
            names.put(area.id, area.name);
        }
        return names;
    }
}
