package vn.ocop.api.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateAccess;
import vn.ocop.api.certificate.CertificateRepository;
import vn.ocop.api.common.problem.ApiException;
import vn.ocop.api.common.time.Today;

/**
 * Verification counts for officials: where and when a product is checked tells where it is sold. A certificate's
 * counts are seen by the officers whose area holds it, as the certificate itself ({@link CertificateAccess}).
 */
@ApplicationScoped
public class VerificationCountService {

    /** The longest range asked at once. */
    static final int MAX_DAYS = 366;
    /** Without {@code from}: this many days up to {@code to}. */
    static final int DEFAULT_DAYS = 30;

    private final CertificateRepository certificates;
    private final CertificateAccess access;
    private final VerificationCountRepository counts;
    private final Today today;

    public VerificationCountService(CertificateRepository certificates, CertificateAccess access,
            VerificationCountRepository counts, Today today) {
        this.certificates = certificates;
        this.access = access;
        this.counts = counts;
        this.today = today;
    }

    @Transactional
    public VerificationCountsResponse perDay(long certificateId, LocalDate from, LocalDate to) {
        Certificate c = certificates.findByIdOptional(certificateId)
                .orElseThrow(() -> ApiException.notFound("entity.certificate", certificateId));
        access.requireCertificateVisible(c);
        LocalDate last = to == null ? today.date() : to;
        LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS - 1) : from;
        if (first.isAfter(last)) {
            throw ApiException.invalidField("from", "reason.verification.from-after-to", first, last);
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw ApiException.invalidField("from", "reason.verification.range-too-long", MAX_DAYS);
        }
        List<VerificationCountsResponse.Day> days = counts.perDay(certificateId, first, last).stream()
                .map(d -> new VerificationCountsResponse.Day(d.day(), d.verifications())).toList();
        long total = days.stream().mapToLong(VerificationCountsResponse.Day::verifications).sum();
        return new VerificationCountsResponse(c.id, c.number, first, last, total, days);
    }
}
