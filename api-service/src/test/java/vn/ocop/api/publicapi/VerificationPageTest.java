package vn.ocop.api.publicapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.ocop.api.common.time.ClockProducer.VIETNAM;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.security.OpenApiSecurityFilter;
import vn.ocop.api.security.SecurityTestData;

/**
 * The address in the QR code, {@code /v/<number>}: a page for a browser (Accept: text/html), the public JSON
 * otherwise; every standing in words, Vietnamese by default and English on request; nothing private.
 */
@QuarkusTest
class VerificationPageTest {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
            + "image/webp,*/*;q=0.8";
    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    StandingFixtures fixtures;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void clientsThatDoNotAskForHtmlGetTheJsonVerification() {
        StandingFixtures.Set set = fixtures.create();
        for (String accept : new String[] {null, "*/*", "application/json", "application/json, text/html;q=0.5"}) {
            var request = given();
            if (accept != null) {
                request.header("Accept", accept);
            }
            request.when().get("/v/{number}", set.valid().number)
                    .then().statusCode(200)
                    .contentType(startsWith("application/json"))
                    .header("Vary", equalTo("Accept, Accept-Language"))
                    .header("Cache-Control", equalTo("public, no-cache"))
                    .body("number", equalTo(set.valid().number))
                    .body("status", equalTo("VALID"))
                    .body("stars", equalTo(4))
                    .body("verificationUrl", equalTo(PublicCertificateTest.verificationUrl(set.valid().number)));
        }
        given().header("Accept", "application/json").when().get("/v/{number}", "KHONG-CO-" + SecurityTestData.unique())
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aBrowserGetsAVietnamesePageWithTheStandingStarsAndPublicFacts() {
        StandingFixtures.Set set = fixtures.create();
        String html = given().header("Accept", BROWSER_ACCEPT).when().get("/v/{number}", set.valid().number)
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Vary", equalTo("Accept, Accept-Language"))
                .header("Set-Cookie", nullValue())
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", not(containsString("script-src")))
                .extract().asString();

        assertThat(html).contains("<html lang=\"vi\">", "<main>", "<h1 id=\"standing\">Còn hiệu lực</h1>", "<dl>",
                "tone-ok", "aria-label=\"4 sao\"", set.product().name, set.producer().name, "Tân Kỳ", "Thái Nguyên",
                "UBND tỉnh Thái Nguyên", set.valid().decisionNumber, DMY.format(set.valid().expiresOn),
                DMY.format(set.valid().decisionDate), "(giờ Việt Nam)", "href=\"/v/" + set.valid().number + "?lang=en\"");
        assertThat(html.split("<polygon", -1)).hasSize(5);
        assertThat(html).doesNotContain("<script");
        PublicCertificateTest.assertPrivateFieldsAbsent(html, set.producer());
    }

    @Test
    void englishByAcceptLanguageOrTheSwitchOnThePage() {
        StandingFixtures.Set set = fixtures.create();
        String english = given().header("Accept", BROWSER_ACCEPT).header("Accept-Language", "en-GB,en;q=0.9")
                .when().get("/v/{number}", set.valid().number).then().statusCode(200).extract().asString();
        assertThat(english).contains("<html lang=\"en\">", ">Valid</h1>", "aria-label=\"4 stars\"", "Expires on",
                "(Vietnam time)");
        String switched = given().header("Accept", BROWSER_ACCEPT).header("Accept-Language", "vi")
                .queryParam("lang", "en").when().get("/v/{number}", set.valid().number)
                .then().statusCode(200).extract().asString();
        assertThat(switched).contains("<html lang=\"en\">", ">Valid</h1>");
        String back = given().header("Accept", BROWSER_ACCEPT).header("Accept-Language", "en")
                .queryParam("lang", "vi").when().get("/v/{number}", set.valid().number)
                .then().statusCode(200).extract().asString();
        assertThat(back).contains("<html lang=\"vi\">", ">Còn hiệu lực</h1>");
        given().header("Accept", BROWSER_ACCEPT).queryParam("lang", "fr").when().get("/v/{number}", set.valid().number)
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("lang"));
    }

    @Test
    void everyStandingIsSaidInWordsInBothLanguages() {
        StandingFixtures.Set set = fixtures.create();
        LocalDate graceUntil = set.grace().expiresOn.plusDays(180);
        assertPage(set.grace(), "vi", "tone-grace",
                ">Còn hiệu lực trong thời gian đánh giá lại, đến ngày " + DMY.format(graceUntil) + "</h1>");
        assertPage(set.grace(), "en", "tone-grace", ">Valid during re-evaluation until " + DMY.format(graceUntil) + "</h1>");
        assertPage(set.expired(), "vi", "tone-bad", ">Đã hết hạn</h1>",
                "Không còn hiệu lực từ ngày " + DMY.format(set.expired().expiresOn.plusDays(1)));
        assertPage(set.expired(), "en", "tone-bad", ">Expired</h1>",
                "Not valid since " + DMY.format(set.expired().expiresOn.plusDays(1)));
        LocalDate revokedOn = LocalDate.now(VIETNAM).minusDays(3);
        assertPage(set.revoked(), "vi", "tone-bad", ">Đã bị thu hồi</h1>",
                "Thu hồi ngày " + DMY.format(revokedOn) + ". Căn cứ: sử dụng sai biểu trưng OCOP");
        assertPage(set.revoked(), "en", "tone-bad", ">Revoked</h1>",
                "Revoked on " + DMY.format(revokedOn) + ". Ground: misuse of the OCOP mark");
        String successorLink = "<a href=\"/v/" + set.successor().number + "?lang=";
        assertPage(set.superseded(), "vi", "tone-replaced", ">Đã được thay thế</h1>",
                "bằng giấy chứng nhận " + successorLink + "vi\">" + set.successor().number + "</a>");
        assertPage(set.superseded(), "en", "tone-replaced", ">Superseded</h1>",
                "by certificate " + successorLink + "en\">" + set.successor().number + "</a>");
        assertPage(set.successor(), "en", "tone-ok", ">Valid</h1>", "aria-label=\"5 stars\"");
        // The officials' note of the revocation is not public.
        String revoked = page(set.revoked().number, "vi", 200);
        assertThat(revoked).doesNotContain("Ghi chú nội bộ");
    }

    @Test
    void anUnknownNumberIsAFriendly404Page() {
        String number = "OCOP-GIA-" + SecurityTestData.unique();
        assertThat(page(number, "vi", 404)).contains("<html lang=\"vi\">", "tone-unknown",
                ">Không có giấy chứng nhận này</h1>", "Không tìm thấy giấy chứng nhận OCOP số " + number);
        assertThat(page(number, "en", 404)).contains("<html lang=\"en\">", ">No such certificate</h1>",
                "There is no OCOP certificate numbered " + number);
        String hostile = "<b>x</b>";
        assertThat(page(hostile, "en", 404)).doesNotContain("<b>x</b>").contains("&lt;b&gt;x&lt;/b&gt;");
    }

    @Test
    void aRevocationShowsOnTheVeryNextPage() {
        StandingFixtures.Set set = fixtures.create();
        assertThat(page(set.valid().number, "vi", 200)).contains(">Còn hiệu lực</h1>");
        PublicRevocation.revoke(set.valid());
        assertThat(page(set.valid().number, "vi", 200)).contains(">Đã bị thu hồi</h1>", "tone-bad")
                .doesNotContain("Còn hiệu lực");
    }

    @Test
    void thePagesArePublicAndRateLimitedLikeThePublicApi() {
        assertThat(OpenApiSecurityFilter.isPublic("/v/{number}")).isTrue();
        assertThat(OpenApiSecurityFilter.isPublic("/v")).isTrue();
        assertThat(OpenApiSecurityFilter.isPublic("/version")).isFalse();
        assertThat(vn.ocop.api.security.RateLimitFilter.isLimited("/v/{number}", "GET")).isTrue();
        assertThat(vn.ocop.api.security.RateLimitFilter.isLimited("/v", "GET")).isTrue();
    }

    private static void assertPage(Certificate certificate, String lang, String tone, String... texts) {
        String html = page(certificate.number, lang, 200);
        assertThat(html).contains("<html lang=\"" + lang + "\">", tone).contains(texts);
    }

    static String page(String number, String lang, int status) {
        return given().header("Accept", BROWSER_ACCEPT).header("Accept-Language", lang)
                .when().get("/v/{number}", number)
                .then().statusCode(status).contentType(startsWith("text/html")).extract().asString();
    }
}
