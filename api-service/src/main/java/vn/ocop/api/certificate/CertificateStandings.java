package vn.ocop.api.certificate;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Optional;
import vn.ocop.scoring.lifecycle.CertificateRecord;
import vn.ocop.scoring.lifecycle.CertificateRules;
import vn.ocop.scoring.lifecycle.CertificateStanding;

/**
 * The one place the API asks the engine where a certificate stands (tình trạng hiệu lực): the internal view, the
 * lists, public verification, plan progress and the product's shown stage all read {@link #on} or the stored
 * {@link Certificate#inForceThrough} that {@link #refresh} keeps equal to the engine's
 * {@link CertificateRules#lastDayInForce}. SQL asks "in force on d" with {@link #IN_FORCE_ON}.
 */
@Singleton
public class CertificateStandings {

    /** JPQL: certificate {@code c} is in force on the day bound to {@code :day}. */
    public static final String IN_FORCE_ON = inForceOn("c.", ":day");

    /**
     * JPQL: the certificate is in force on the day bound to {@code parameter}; {@code prefix} is its alias and a dot,
     * or empty for an unaliased Panache query.
     */
    public static String inForceOn(String prefix, String parameter) {
        return prefix + "issuedOn <= " + parameter + " and " + prefix + "inForceThrough >= " + parameter;
    }

    private final CertificateCalendar calendar;

    public CertificateStandings(CertificateCalendar calendar) {
        this.calendar = calendar;
    }

    /** The stored facts as the engine reads them. */
    static CertificateRecord record(Certificate c) {
        return new CertificateRecord(c.issuedOn, c.expiresOn, Optional.ofNullable(c.revokedOn),
                Optional.ofNullable(c.supersededOn), Optional.ofNullable(c.graceUntil), Optional.ofNullable(c.graceEndedOn));
    }

    /** Where {@code c} stands on {@code day}: expiring within its rule set's notice period (148: 30 days). */
    public CertificateStanding on(Certificate c, LocalDate day) {
        return on(record(c), c.ruleSetId, day);
    }

    /** Where a certificate of rule set {@code ruleSetId} with these recorded dates stands on {@code day}. */
    public CertificateStanding on(CertificateRecord record, String ruleSetId, LocalDate day) {
        return CertificateRules.standingOn(record, day, calendar.policy(ruleSetId).noticeDays());
    }

    /** The certificate as the API shows it on {@code day}. */
    public CertificateResponse response(Certificate c, LocalDate day) {
        return CertificateResponse.of(c, calendar, on(c, day));
    }

    /**
     * Stores the engine's last day in force after any change of the facts (issue, grace, decision, revocation,
     * supersession), on the certificate and, when it is the product's current one, on the product.
     */
    public void refresh(Certificate c) {
        c.inForceThrough = CertificateRules.lastDayInForce(record(c)).orElse(null);
        if (c.id != null && c.id.equals(c.product.currentCertificateId)) {
            c.product.certifiedThrough = c.inForceThrough;
        }
    }
}
