package vn.ocop.api.publicapi;

import static vn.ocop.api.common.time.ClockProducer.VIETNAM;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateStandings;
import vn.ocop.api.certificate.CertificateStatus;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.product.Product;
import vn.ocop.api.security.SecurityTestData;

/**
 * One certificate in each standing a buyer can meet (valid, in the transitional grace, expired, revoked, superseded
 * with its successor), on a product with a Vietnamese name in Tân Kỳ, Thái Nguyên. The standing itself is always the
 * engine's ({@link CertificateStandings#refresh} stores it as the service does).
 */
@ApplicationScoped
public class StandingFixtures {

    private final SecurityTestData data;
    private final EntityManager em;
    private final CertificateStandings standings;

    public StandingFixtures(SecurityTestData data, EntityManager em, CertificateStandings standings) {
        this.data = data;
        this.em = em;
        this.standings = standings;
    }

    /** The certificates of one set, and the producer (for the privacy checks). */
    public record Set(Producer producer, Product product, Certificate valid, Certificate grace, Certificate expired,
                      Certificate revoked, Certificate superseded, Certificate successor) {
    }

    public Set create() {
        String suffix = SecurityTestData.unique();
        Area province = data.area("19", "Thái Nguyên", AreaLevel.PROVINCE, null);
        Area commune = data.area("K" + suffix, "Tân Kỳ", AreaLevel.COMMUNE, province);
        Producer producer = data.producer("Hợp tác xã Đoàn Kết " + suffix, commune);
        Product product = data.product("Ô mai mơ gừng mặn ngọt " + suffix, producer, "FOOD");
        LocalDate today = LocalDate.now(VIETNAM);
        Certificate valid = data.certificate(product, 4, today.minusYears(1), CertificateStatus.VALID);
        Certificate grace = inGrace(data.certificate(product, 3, today.minusMonths(37), CertificateStatus.VALID));
        Certificate expired = data.certificate(product, 3, today.minusYears(4), CertificateStatus.VALID);
        Certificate revoked = revoke(data.certificate(product, 4, today.minusYears(1), CertificateStatus.VALID),
                today.minusDays(3));
        Certificate successor = data.certificate(product, 5, today.minusMonths(2), CertificateStatus.VALID);
        Certificate superseded = supersede(data.certificate(product, 4, today.minusYears(2), CertificateStatus.VALID),
                successor, today.minusMonths(2));
        return new Set(producer, product, valid, grace, expired, revoked, superseded, successor);
    }

    /** 26/2026 Điều 12.3: past its expiry, in force until the re-evaluation decision, at most 180 days. */
    @Transactional
    Certificate inGrace(Certificate certificate) {
        Certificate c = em.find(Certificate.class, certificate.id);
        c.graceUntil = c.expiresOn.plusDays(180);
        standings.refresh(c);
        return c;
    }

    @Transactional
    Certificate revoke(Certificate certificate, LocalDate on) {
        Certificate c = em.find(Certificate.class, certificate.id);
        c.status = CertificateStatus.REVOKED;
        c.revokedOn = on;
        c.revocationGround = "MISUSE_OF_MARK";
        c.revocationNote = "Ghi chú nội bộ của Sở";
        standings.refresh(c);
        return c;
    }

    @Transactional
    Certificate supersede(Certificate certificate, Certificate successor, LocalDate on) {
        Certificate c = em.find(Certificate.class, certificate.id);
        c.status = CertificateStatus.SUPERSEDED;
        c.supersededOn = on;
        c.supersededBy = em.find(Certificate.class, successor.id);
        standings.refresh(c);
        return c;
    }
}
