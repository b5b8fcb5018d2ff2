package vn.ocop.api.publicapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.ocop.api.common.time.ClockProducer.VIETNAM;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateStatus;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.security.SecurityTestData;

/**
 * The buyers' product search page ({@code /v}): certified products by name with diacritics ignored, by province and
 * stars, with their standing, paged with links; only certificates in force are listed. Each run names its products
 * with its own word, so other tests' products never match.
 */
@QuarkusTest
class SearchPageTest {

    private static String word;
    private static String provinceCode;
    private static Certificate mo4;
    private static Certificate mo3;
    private static Certificate otherProvince5;
    private static Certificate revoked;

    @Inject
    SecurityTestData data;

    @Inject
    StandingFixtures fixtures;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void createOnce() {
        if (word != null) {
            return;
        }
        // A made-up Vietnamese-looking word with diacritics, unique to this run: "Xưởng" + letters.
        String letters = SecurityTestData.unique().replaceAll("[^a-z]", "q");
        word = "Đặc sản " + letters;
        int code = ThreadLocalRandom.current().nextInt(60, 98);
        provinceCode = Integer.toString(code);
        Area province = data.area(provinceCode, "Tuyên Quang", AreaLevel.PROVINCE, null);
        Area commune = data.area("S" + letters, "Hàm Yên", AreaLevel.COMMUNE, province);
        Area other = data.area(Integer.toString(code + 1), "Hà Giang", AreaLevel.PROVINCE, null);
        Producer producer = data.producer("Hợp tác xã Cam Sành " + letters, commune);
        Producer elsewhere = data.producer("Hợp tác xã Chè Shan " + letters, other);
        LocalDate lastYear = LocalDate.now(VIETNAM).minusYears(1);
        mo4 = data.certificate(data.product(word + " ô mai mơ gừng", producer, "FOOD"), 4, lastYear,
                CertificateStatus.VALID);
        mo3 = data.certificate(data.product(word + " ô mai mơ dẻo", producer, "FOOD"), 3, lastYear,
                CertificateStatus.VALID);
        otherProvince5 = data.certificate(data.product(word + " chè shan tuyết", elsewhere, "FOOD"), 5, lastYear,
                CertificateStatus.VALID);
        revoked = data.certificate(data.product(word + " ô mai mơ chua", producer, "FOOD"), 4, lastYear,
                CertificateStatus.REVOKED);
        for (int i = 0; i < 22; i++) {
            data.certificate(data.product(word + " mật ong hoa nhãn " + (100 + i), producer, "FOOD"), 3, lastYear,
                    CertificateStatus.VALID);
        }
    }

    @Test
    void nameSearchIgnoresDiacriticsAndCaseAndListsOnlyCertificatesInForce() {
        String folded = vn.ocop.api.common.persistence.VietnameseText.fold(word) + " O MAI MO";
        String html = search("q", folded);
        assertThat(html).contains("<html lang=\"vi\">", "2 sản phẩm OCOP còn hiệu lực", word + " ô mai mơ gừng",
                word + " ô mai mơ dẻo", "href=\"/v/" + mo4.number + "?lang=vi\"", "aria-label=\"4 sao\"",
                "Còn hiệu lực · Hết hạn ngày")
                .doesNotContain(revoked.number).doesNotContain("<script");
        // 4★ first, then by name.
        assertThat(html.indexOf(mo4.number)).isLessThan(html.indexOf(mo3.number));
    }

    @Test
    void provinceAndStarsFilter() {
        String q = word.substring(word.lastIndexOf(' ') + 1);
        String inProvince = search("q", q, "province", provinceCode, "stars", "4");
        assertThat(inProvince).contains("1 sản phẩm OCOP còn hiệu lực", mo4.number).doesNotContain(mo3.number)
                .doesNotContain(otherProvince5.number)
                .contains("<option value=\"" + provinceCode + "\" selected>Tuyên Quang</option>");
        String fiveStars = search("q", q, "stars", "5", "province", "");
        assertThat(fiveStars).contains("1 sản phẩm OCOP còn hiệu lực", otherProvince5.number, "Hà Giang");
        String none = search("q", q + "khongco");
        assertThat(none).contains("Không có sản phẩm OCOP còn hiệu lực nào khớp với tìm kiếm.");
    }

    @Test
    void resultsArePagedWithLinks() {
        String q = word.substring(word.lastIndexOf(' ') + 1) + " mat ong";
        String first = search("q", q);
        assertThat(first).contains("22 sản phẩm OCOP còn hiệu lực", "Trang 1 / 2", "rel=\"next\"")
                .doesNotContain("rel=\"prev\"");
        assertThat(count(first, "<li>")).isEqualTo(20);
        Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(first);
        assertThat(next.find()).isTrue();
        String href = next.group(1).replace("&amp;", "&");
        assertThat(href).startsWith("/v?").contains("page=1", "lang=vi");
        String second = given().header("Accept", VerificationPageTest.BROWSER_ACCEPT).urlEncodingEnabled(false)
                .when().get(href).then().statusCode(200).extract().asString();
        assertThat(second).contains("Trang 2 / 2", "rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(count(second, "<li>")).isEqualTo(2);
    }

    @Test
    void englishAndBadInput() {
        String q = word.substring(word.lastIndexOf(' ') + 1);
        String english = given().header("Accept", VerificationPageTest.BROWSER_ACCEPT).header("Accept-Language", "en")
                .queryParam("q", q).queryParam("stars", "4").when().get("/v")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .header("Vary", equalTo("Accept, Accept-Language")).extract().asString();
        assertThat(english).contains("<html lang=\"en\">", "1 OCOP products in force", "aria-label=\"4 stars\"",
                "Valid · Expires on");
        for (List<String> bad : List.of(List.of("stars", "6"), List.of("province", "ABC"), List.of("page", "-1"),
                List.of("lang", "fr"), List.of("q", "x".repeat(101)))) {
            given().header("Accept", VerificationPageTest.BROWSER_ACCEPT).queryParam(bad.get(0), bad.get(1))
                    .when().get("/v").then().statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo(bad.get(0)));
        }
    }

    @Test
    void theJsonListSearchesByNameToo() {
        String q = vn.ocop.api.common.persistence.VietnameseText.fold(word) + " o mai mo";
        given().queryParam("q", q).when().get("/api/v1/public/products")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].certificateNumber", equalTo(mo4.number))
                .body("items[0].status", equalTo("VALID"));
    }

    private static String search(String... params) {
        var request = given().header("Accept", VerificationPageTest.BROWSER_ACCEPT).header("Accept-Language", "vi");
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.when().get("/v").then().statusCode(200).contentType(startsWith("text/html"))
                .extract().asString();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
