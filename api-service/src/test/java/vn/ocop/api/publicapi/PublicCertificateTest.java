package vn.ocop.api.publicapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.ocop.api.common.time.ClockProducer.VIETNAM;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.Decoder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.certificate.Certificate;
import vn.ocop.api.certificate.CertificateStatus;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.product.Product;
import vn.ocop.api.security.SecurityTestData;

/** Anyone can verify a certificate and scan its QR code; the answer holds nothing private. */
@QuarkusTest
class PublicCertificateTest {

    /** Every key a public certificate answer may have. */
    static final Set<String> ALLOWED_KEYS = Set.of("number", "status", "valid", "productName", "productCode",
            "productGroup", "stars", "producerName", "provinceName", "issuingBody", "decisionNumber", "decisionDate",
            "issuedOn", "expiresOn", "revokedOn", "checkedOn", "verificationUrl", "communeName", "graceUntil",
            "revocationGround", "supersededOn", "supersededBy");

    @Inject
    SecurityTestData data;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private record Fixture(Producer producer, Product product) {
    }

    private Fixture fixture() {
        String suffix = SecurityTestData.unique();
        Area province = data.area("19", "Thái Nguyên", AreaLevel.PROVINCE, null);
        Area commune = data.area("K" + suffix, "Tân Kỳ", AreaLevel.COMMUNE, province);
        Producer producer = data.producer("Hợp tác xã Đoàn Kết " + suffix, commune);
        Product product = data.product("Ô mai mơ gừng mặn ngọt " + suffix, producer, "FOOD");
        return new Fixture(producer, product);
    }

    @Test
    void validCertificateIsConfirmedWithItsPublicFacts() {
        Fixture f = fixture();
        LocalDate issued = LocalDate.now(VIETNAM).minusYears(1);
        Certificate certificate = data.certificate(f.product(), 4, issued, CertificateStatus.VALID);

        given().when().get("/api/v1/public/certificates/{number}", certificate.number)
                .then().statusCode(200)
                .header("Cache-Control", equalTo("public, no-cache"))
                .body("number", equalTo(certificate.number))
                .body("status", equalTo("VALID"))
                .body("valid", equalTo(true))
                .body("stars", equalTo(4))
                .body("productName", equalTo(f.product().name))
                .body("producerName", equalTo(f.producer().name))
                .body("provinceName", equalTo("Thái Nguyên"))
                .body("communeName", equalTo("Tân Kỳ"))
                .body("productGroup", equalTo("FOOD"))
                .body("issuingBody", equalTo("UBND tỉnh Thái Nguyên"))
                .body("decisionNumber", equalTo(certificate.decisionNumber))
                .body("issuedOn", equalTo(issued.toString()))
                .body("expiresOn", equalTo(issued.plusMonths(36).minusDays(1).toString()))
                .body("checkedOn", equalTo(LocalDate.now(VIETNAM).toString()))
                .body("verificationUrl", equalTo(verificationUrl(certificate.number)));
    }

    @Test
    void expiredRevokedAndSupersededCertificatesSaySo() {
        Fixture f = fixture();
        Certificate expired = data.certificate(f.product(), 3, LocalDate.now(VIETNAM).minusYears(4),
                CertificateStatus.VALID);
        Certificate revoked = data.certificate(f.product(), 3, LocalDate.now(VIETNAM).minusYears(1),
                CertificateStatus.REVOKED);
        Certificate superseded = data.certificate(f.product(), 3, LocalDate.now(VIETNAM).minusYears(2),
                CertificateStatus.SUPERSEDED);

        given().when().get("/api/v1/public/certificates/{number}", expired.number)
                .then().statusCode(200).body("status", equalTo("EXPIRED")).body("valid", equalTo(false));
        given().when().get("/api/v1/public/certificates/{number}", revoked.number)
                .then().statusCode(200).body("status", equalTo("REVOKED")).body("valid", equalTo(false))
                .body("revokedOn", equalTo(revoked.revokedOn.toString()));
        given().when().get("/api/v1/public/certificates/{number}", superseded.number)
                .then().statusCode(200).body("status", equalTo("SUPERSEDED")).body("valid", equalTo(false));
    }

    @Test
    void lastDayOfValidityIsStillValid() {
        Fixture f = fixture();
        LocalDate issued = LocalDate.now(VIETNAM).minusMonths(36).plusDays(1);
        Certificate lastDay = data.certificate(f.product(), 3, issued, CertificateStatus.VALID);
        assertThat(lastDay.expiresOn).isEqualTo(LocalDate.now(VIETNAM));
        given().when().get("/api/v1/public/certificates/{number}", lastDay.number)
                .then().statusCode(200).body("status", equalTo("EXPIRING")).body("valid", equalTo(true));
    }

    @Test
    void unknownNumberIs404Problem() {
        given().when().get("/api/v1/public/certificates/{number}", "KHONG-CO-" + SecurityTestData.unique())
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://ocop.gov.vn/problems/not-found"))
                .body("detail", startsWith("Không tìm thấy giấy chứng nhận với mã KHONG-CO-"));
    }

    @Test
    void answerHoldsOnlyAllowedKeysAndNoPrivateValue() throws Exception {
        Fixture f = fixture();
        Certificate revoked = data.certificate(f.product(), 5, LocalDate.now(VIETNAM).minusYears(1),
                CertificateStatus.REVOKED);
        String body = given().when().get("/api/v1/public/certificates/{number}", revoked.number)
                .then().statusCode(200).extract().asString();

        assertThat(keys(new ObjectMapper().readTree(body))).isSubsetOf(ALLOWED_KEYS);
        assertPrivateFieldsAbsent(body, f.producer());
        // The ground of a revocation is public (issue 11: "revoked on … (ground)"); the officials' note is not.
        assertThat(body).doesNotContain(revoked.revocationNote);
        assertThat(new ObjectMapper().readTree(body).get("revocationGround").asText()).isEqualTo("OTHER");
    }

    @Test
    void etagAllowsConditionalRequests() {
        Fixture f = fixture();
        Certificate certificate = data.certificate(f.product(), 3, LocalDate.now(VIETNAM).minusMonths(2),
                CertificateStatus.VALID);
        String etag = given().when().get("/api/v1/public/certificates/{number}", certificate.number)
                .then().statusCode(200).extract().header("ETag");
        assertThat(etag).isNotBlank();
        given().header("If-None-Match", etag).when().get("/api/v1/public/certificates/{number}", certificate.number)
                .then().statusCode(304);
    }

    /**
     * Issue 9 item 13: a revocation shows on the very next verification (no server cache), and clients must
     * revalidate: the old ETag no longer matches, so a conditional request gets the new answer, not a 304.
     */
    @Test
    void revocationShowsOnTheNextVerification() {
        Fixture f = fixture();
        Certificate certificate = data.certificate(f.product(), 4, LocalDate.now(VIETNAM).minusMonths(3),
                CertificateStatus.VALID);
        String etag = given().when().get("/api/v1/public/certificates/{number}", certificate.number)
                .then().statusCode(200)
                .header("Cache-Control", equalTo("public, no-cache"))
                .body("status", equalTo("VALID"))
                .extract().header("ETag");
        assertThat(etag).matches("\"[0-9a-f]+\"");

        PublicRevocation.revoke(certificate);

        given().header("If-None-Match", etag).when().get("/api/v1/public/certificates/{number}", certificate.number)
                .then().statusCode(200)
                .header("Cache-Control", equalTo("public, no-cache"))
                .header("ETag", org.hamcrest.Matchers.not(equalTo(etag)))
                .body("status", equalTo("REVOKED"))
                .body("valid", equalTo(false))
                .body("revokedOn", equalTo(LocalDate.now(VIETNAM).toString()));
    }

    @Test
    void pngQrCodeDecodesToTheVerificationUrl() throws Exception {
        Fixture f = fixture();
        Certificate certificate = data.certificate(f.product(), 4, LocalDate.now(VIETNAM).minusMonths(3),
                CertificateStatus.VALID);
        Response response = given().when().get("/api/v1/public/certificates/{number}/qr.png", certificate.number)
                .then().statusCode(200).contentType("image/png")
                .header("Cache-Control", equalTo("public, no-cache"))
                .extract().response();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.asByteArray()));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        String text = new QRCodeReader().decode(bitmap).getText();

        assertThat(text).isEqualTo(verificationUrl(certificate.number));
    }

    @Test
    void svgQrCodeDecodesToTheVerificationUrl() throws Exception {
        Fixture f = fixture();
        Certificate certificate = data.certificate(f.product(), 3, LocalDate.now(VIETNAM).minusMonths(3),
                CertificateStatus.VALID);
        String svg = given().when().get("/api/v1/public/certificates/{number}/qr.svg", certificate.number)
                .then().statusCode(200).contentType(startsWith("image/svg+xml"))
                .extract().asString();

        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1));
        int quietZone = 4;
        BitMatrix modules = new BitMatrix(size - 2 * quietZone);
        Matcher rect = Pattern.compile("<rect x=\"(\\d+)\" y=\"(\\d+)\" width=\"(\\d+)\" height=\"1\"/>").matcher(svg);
        while (rect.find()) {
            int x = Integer.parseInt(rect.group(1));
            int y = Integer.parseInt(rect.group(2));
            modules.setRegion(x - quietZone, y - quietZone, Integer.parseInt(rect.group(3)), 1);
        }
        String text = new Decoder().decode(modules).getText();

        assertThat(text).isEqualTo(verificationUrl(certificate.number));
    }

    @Test
    void qrCodeOfUnknownCertificateIs404AndScaleIsChecked() {
        given().when().get("/api/v1/public/certificates/{number}/qr.png", "KHONG-CO-" + SecurityTestData.unique())
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().when().get("/api/v1/public/certificates/{number}/qr.svg", "KHONG-CO-" + SecurityTestData.unique())
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        Fixture f = fixture();
        Certificate certificate = data.certificate(f.product(), 3, LocalDate.now(VIETNAM).minusMonths(3),
                CertificateStatus.VALID);
        given().queryParam("scale", 100).when().get("/api/v1/public/certificates/{number}/qr.png", certificate.number)
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("scale"));
    }

    /**
     * The address in the QR code: {@code /v/<number>} on the port the test server really listens on (no
     * OCOP_PUBLIC_BASE_URL in tests), never the fixed 8080 the service does not use.
     */
    static String verificationUrl(String number) {
        assertThat(RestAssured.port).isNotEqualTo(8080).isPositive();
        return "http://localhost:" + RestAssured.port + "/v/" + number;
    }

    static Set<String> keys(JsonNode node) {
        Set<String> keys = new HashSet<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            keys.add(names.next());
        }
        return keys;
    }

    /** The producer's registration code, contacts and representative never appear in a public answer. */
    static void assertPrivateFieldsAbsent(String body, Producer producer) {
        assertThat(body).doesNotContain(producer.registrationCode)
                .doesNotContain(producer.phone)
                .doesNotContain(producer.email)
                .doesNotContain(producer.representativeName)
                .doesNotContain(producer.addressLine)
                .doesNotContainIgnoringCase("registration")
                .doesNotContainIgnoringCase("phone")
                .doesNotContainIgnoringCase("email")
                .doesNotContainIgnoringCase("representative")
                .doesNotContainIgnoringCase("score");
    }
}
