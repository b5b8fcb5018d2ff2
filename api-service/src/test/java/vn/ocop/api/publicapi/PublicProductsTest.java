package vn.ocop.api.publicapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static vn.ocop.api.common.time.ClockProducer.VIETNAM;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
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
 * The public list of certified products: only certificates valid today, filtered by province, group and stars.
 * Each run uses its own product group name, so cached pages of other runs or tests cannot interfere.
 */
@QuarkusTest
class PublicProductsTest {

    static final Set<String> ALLOWED_ITEM_KEYS = Set.of("productName", "productCode", "productGroup", "stars",
            "producerName", "provinceName", "certificateNumber", "issuedOn", "expiresOn", "verificationUrl", "status",
            "graceUntil");

    private static String group;
    private static String provinceCode;
    private static String otherProvinceCode;
    private static Producer producer;
    private static Certificate fourStarsHere;
    private static Certificate threeStarsHere;
    private static Certificate fiveStarsElsewhere;
    private static Certificate expiredHere;
    private static Certificate revokedHere;

    @Inject
    SecurityTestData data;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void createOnce() {
        if (group != null) {
            return;
        }
        String letters = SecurityTestData.unique().toUpperCase().replaceAll("[^A-Z]", "Q");
        group = "G_" + letters;
        int code = ThreadLocalRandom.current().nextInt(60, 98);
        provinceCode = Integer.toString(code);
        otherProvinceCode = Integer.toString(code + 1);
        Area province = data.area(provinceCode, "Thái Nguyên", AreaLevel.PROVINCE, null);
        Area commune = data.area("C" + letters, "Tân Kỳ", AreaLevel.COMMUNE, province);
        Area other = data.area(otherProvinceCode, "Tuyên Quang", AreaLevel.PROVINCE, null);
        producer = data.producer("Hợp tác xã Đoàn Kết " + letters, commune);
        Producer elsewhere = data.producer("Hợp tác xã Chè Tân Cương " + letters, other);
        LocalDate lastYear = LocalDate.now(VIETNAM).minusYears(1);
        fourStarsHere = data.certificate(data.product("Ô mai mơ gừng mặn ngọt", producer, group), 4, lastYear,
                CertificateStatus.VALID);
        threeStarsHere = data.certificate(data.product("Ô mai mơ dẻo chua ngọt", producer, group), 3, lastYear,
                CertificateStatus.VALID);
        fiveStarsElsewhere = data.certificate(data.product("Chè đinh Tân Cương", elsewhere, group), 5, lastYear,
                CertificateStatus.VALID);
        expiredHere = data.certificate(data.product("Trà hoa hồng", producer, group), 3,
                LocalDate.now(VIETNAM).minusYears(4), CertificateStatus.VALID);
        revokedHere = data.certificate(data.product("Mật ong hoa núi", producer, group), 3, lastYear,
                CertificateStatus.REVOKED);
    }

    /** Issue 9 item 13: a revoked certificate leaves the public list on the next request; the ETag changes. */
    @Test
    void aRevocationLeavesTheListAtOnce() {
        String ownGroup = "R_" + SecurityTestData.unique().toUpperCase().replaceAll("[^A-Z]", "Q");
        Certificate kept = data.certificate(data.product("Miến dong Tân Kỳ", producer, ownGroup), 4,
                LocalDate.now(VIETNAM).minusYears(1), CertificateStatus.VALID);
        Certificate revoked = data.certificate(data.product("Bánh đa Tân Kỳ", producer, ownGroup), 3,
                LocalDate.now(VIETNAM).minusYears(1), CertificateStatus.VALID);
        String etag = given().queryParam("group", ownGroup).when().get("/api/v1/public/products")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("public, no-cache"))
                .body("total", equalTo(2))
                .extract().header("ETag");
        given().queryParam("group", ownGroup).header("If-None-Match", etag).when().get("/api/v1/public/products")
                .then().statusCode(304);

        PublicRevocation.revoke(revoked);

        List<String> numbers = given().queryParam("group", ownGroup).header("If-None-Match", etag)
                .when().get("/api/v1/public/products")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .extract().path("items.certificateNumber");
        assertThat(numbers).containsExactly(kept.number);
    }

    @Test
    void listsOnlyValidCertificatesBestFirst() {
        List<String> numbers = given().queryParam("group", group).when().get("/api/v1/public/products")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("public, no-cache"))
                .body("total", equalTo(3))
                .extract().path("items.certificateNumber");
        assertThat(numbers).containsExactly(fiveStarsElsewhere.number, fourStarsHere.number, threeStarsHere.number)
                .doesNotContain(expiredHere.number, revokedHere.number);
    }

    @Test
    void filtersByProvinceAndStars() {
        List<String> inProvince = given().queryParam("group", group).queryParam("provinceCode", provinceCode)
                .when().get("/api/v1/public/products")
                .then().statusCode(200).extract().path("items.certificateNumber");
        assertThat(inProvince).containsExactlyInAnyOrder(fourStarsHere.number, threeStarsHere.number);

        given().queryParam("group", group).queryParam("stars", 5).when().get("/api/v1/public/products")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].certificateNumber", equalTo(fiveStarsElsewhere.number))
                .body("items[0].provinceName", equalTo("Tuyên Quang"))
                .body("items[0].producerName", startsWith("Hợp tác xã Chè Tân Cương"));
    }

    @Test
    void pagesKeepTheTotal() {
        given().queryParam("group", group).queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/v1/public/products")
                .then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("items.certificateNumber", hasItem(fourStarsHere.number));
    }

    @Test
    void itemsHoldOnlyAllowedKeysAndNoPrivateValue() throws Exception {
        String body = given().queryParam("group", group).when().get("/api/v1/public/products")
                .then().statusCode(200).extract().asString();
        JsonNode page = new ObjectMapper().readTree(body);
        assertThat(PublicCertificateTest.keys(page)).containsExactlyInAnyOrder("items", "total", "page", "size");
        for (JsonNode item : page.get("items")) {
            assertThat(PublicCertificateTest.keys(item)).isSubsetOf(ALLOWED_ITEM_KEYS);
        }
        PublicCertificateTest.assertPrivateFieldsAbsent(body, producer);
    }

    @Test
    void badFiltersAreNamed() {
        given().queryParam("stars", 7).queryParam("provinceCode", "Thái Nguyên").when().get("/api/v1/public/products")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("stars", "provinceCode"));
    }

    @Test
    void unknownProvinceGivesAnEmptyPage() {
        given().queryParam("group", group).queryParam("provinceCode", "00").when().get("/api/v1/public/products")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
