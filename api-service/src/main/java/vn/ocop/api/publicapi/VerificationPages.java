package vn.ocop.api.publicapi;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ocop.api.common.i18n.Messages;
import vn.ocop.api.common.time.ClockProducer;
import vn.ocop.scoring.lifecycle.CertificateStanding;

/**
 * Builds the verification page in one language from a verification. The words follow the engine's standing
 * ({@link CertificateStanding}, asked by {@link PublicCertificateService}); nothing here decides whether a certificate
 * is valid. Dates are dd/mm/yyyy in both languages, times in Vietnam time.
 */
@ApplicationScoped
public class VerificationPages {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The page of a known certificate. */
    public VerificationPage of(VerifiedCertificate verified, Locale locale) {
        CertificateVerification c = verified.answer();
        String tone;
        String headline;
        String detail;
        String linkText = null;
        String linkHref = null;
        CertificateStanding standing = verified.standing();
        if (standing instanceof CertificateStanding.Valid) {
            tone = "ok";
            headline = text(locale, "page.standing.valid");
            detail = text(locale, "page.standing.valid.detail", date(c.expiresOn()));
        } else if (standing instanceof CertificateStanding.Expiring) {
            tone = "ok";
            headline = text(locale, "page.standing.valid");
            detail = text(locale, "page.standing.expiring.detail", date(c.expiresOn()));
        } else if (standing instanceof CertificateStanding.InGrace grace) {
            tone = "grace";
            headline = text(locale, "page.standing.grace", date(grace.until()));
            detail = text(locale, "page.standing.grace.detail", date(c.expiresOn()), date(grace.until()));
        } else if (standing instanceof CertificateStanding.Expired expired) {
            tone = "bad";
            headline = text(locale, "page.standing.expired");
            detail = text(locale, "page.standing.expired.detail", date(expired.since()));
        } else if (standing instanceof CertificateStanding.Revoked revoked) {
            tone = "bad";
            headline = text(locale, "page.standing.revoked");
            String ground = c.revocationGround() == null ? "-"
                    : text(locale, "page.ground." + c.revocationGround().name());
            detail = text(locale, "page.standing.revoked.detail", date(revoked.on()), ground);
        } else if (standing instanceof CertificateStanding.Superseded superseded) {
            tone = "replaced";
            headline = text(locale, "page.standing.superseded");
            if (c.supersededBy() != null) {
                detail = text(locale, "page.standing.superseded.detail", date(superseded.on()));
                linkText = c.supersededBy();
                linkHref = pageHref(c.supersededBy(), locale);
            } else {
                detail = text(locale, "page.standing.superseded.unknown", date(superseded.on()));
            }
        } else if (standing instanceof CertificateStanding.NotYetValid notYet) {
            tone = "pending";
            headline = text(locale, "page.standing.not-yet-valid");
            detail = text(locale, "page.standing.not-yet-valid.detail", date(notYet.validFrom()));
        } else {
            throw new IllegalStateException("unknown standing " + standing);
        }
        List<VerificationPage.Row> rows = new ArrayList<>();
        row(rows, locale, "page.field.number", c.number());
        row(rows, locale, "page.field.product-code", c.productCode());
        row(rows, locale, "page.field.producer", c.producerName());
        row(rows, locale, "page.field.commune", c.communeName());
        row(rows, locale, "page.field.province", c.provinceName());
        row(rows, locale, "page.field.issuing-body", c.issuingBody());
        row(rows, locale, "page.field.decision", c.decisionNumber() == null ? null
                : text(locale, "page.field.decision.value", c.decisionNumber(), date(c.decisionDate())));
        row(rows, locale, "page.field.issued-on", date(c.issuedOn()));
        row(rows, locale, "page.field.expires-on", date(c.expiresOn()));
        return new VerificationPage(locale.getLanguage(), text(locale, "page.title", c.number()),
                text(locale, "page.kicker", c.number()), tone, headline, detail, linkText, linkHref, c.stars(),
                text(locale, "page.stars", c.stars()), c.productName(), rows, checked(verified, locale),
                languages(c.number(), locale), text(locale, "page.language"), text(locale, "page.search.link"));
    }

    /** The page for a number that no certificate has. */
    public VerificationPage unknown(String number, java.time.Instant checkedAt, Locale locale) {
        return new VerificationPage(locale.getLanguage(), text(locale, "page.title", number),
                text(locale, "page.kicker", number), "unknown", text(locale, "page.standing.unknown"),
                text(locale, "page.standing.unknown.detail", number), null, null, 0, null, null, List.of(),
                checked(checkedAt, locale), languages(number, locale), text(locale, "page.language"),
                text(locale, "page.search.link"));
    }

    private static String checked(VerifiedCertificate verified, Locale locale) {
        return checked(verified.checkedAt(), locale);
    }

    private static String checked(java.time.Instant at, Locale locale) {
        ZonedDateTime vietnam = at.atZone(ClockProducer.VIETNAM);
        return text(locale, "page.checked", TIME.format(vietnam), DATE.format(vietnam));
    }

    static List<VerificationPage.LanguageLink> languages(String number, Locale locale) {
        return List.of(
                new VerificationPage.LanguageLink("vi", "Tiếng Việt", pageHref(number, Messages.VIETNAMESE),
                        locale.getLanguage().equals("vi")),
                new VerificationPage.LanguageLink("en", "English", pageHref(number, Messages.ENGLISH),
                        locale.getLanguage().equals("en")));
    }

    /** Relative link to a certificate's page in a language (the page works behind any base URL). */
    static String pageHref(String number, Locale locale) {
        return VerificationUrls.PATH + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20") + "?lang=" + locale.getLanguage();
    }

    private static void row(List<VerificationPage.Row> rows, Locale locale, String key, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(new VerificationPage.Row(text(locale, key), value));
        }
    }

    static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    static String text(Locale locale, String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
