package vn.ocop.api.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.security.TestTokens;
import vn.ocop.scoring.lifecycle.EvaluationType;

/**
 * Acceptance: the Sơn Hà district plan 66/KH-UBND of 4 Apr 2024 (under 148/QĐ-TTg). Targets: 7 products at 3★ or
 * more in 2024 (2 re-evaluated, 5 new), cumulative 10–12 products at 3★+ by the end of 2024, every commune with a
 * product, 1–2 training classes, 100% of producers trained. The district starts with 5 valid 3★ products (2 of them
 * certified in 2021, expiring in 2024), then products get certified step by step.
 */
@QuarkusTest
class SonHaPlanProgressTest {

    /** Every request of this class is sent as a national administrator (see docs/security.md). */
    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Inject
    PlanTestData data;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static long addTarget(long plan, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/plans/" + plan + "/targets")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> body(Object... keyValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return body;
    }

    @Test
    void sonHa2024ProgressFollowsTheCertificates() {
        long province = data.area("Quảng Ngãi", AreaLevel.PROVINCE, null);
        long sonHa = data.area("Sơn Hà", AreaLevel.DISTRICT, province);
        long sonThuong = data.area("Sơn Thượng", AreaLevel.COMMUNE, sonHa);
        long sonLinh = data.area("Sơn Linh", AreaLevel.COMMUNE, sonHa);
        long sonTay = data.area("Sơn Tây", AreaLevel.DISTRICT, province);
        long sonDung = data.area("Sơn Dung", AreaLevel.COMMUNE, sonTay);

        // Before the plan: 5 valid 3★ products; the two certified in 2021 expire in 2024.
        long oldA = product("Chuối khô Sơn Thượng", sonThuong);
        long oldB = product("Mật ong rừng Sơn Linh", sonLinh);
        long old1 = product("Gạo lứt đỏ Sơn Hà", sonThuong);
        long old2 = product("Chè dây Sơn Linh", sonLinh);
        long old3 = product("Rượu cần Sơn Hà", sonThuong);
        data.certify(oldA, 3, EvaluationType.NEW, LocalDate.of(2021, 4, 20));
        data.certify(oldB, 3, EvaluationType.NEW, LocalDate.of(2021, 8, 10));
        data.certify(old1, 3, EvaluationType.NEW, LocalDate.of(2022, 3, 15));
        data.certify(old2, 3, EvaluationType.NEW, LocalDate.of(2022, 11, 2));
        data.certify(old3, 3, EvaluationType.NEW, LocalDate.of(2023, 5, 10));
        // A product of the neighbouring district, certified in 2024: never counted for Sơn Hà.
        data.certify(product("Quế Sơn Tây", sonDung), 4, EvaluationType.NEW, LocalDate.of(2024, 6, 1));

        long plan = given().contentType(ContentType.JSON).body(body("areaId", sonHa, "year", 2024,
                        "number", "66/KH-UBND", "issuedOn", "2024-04-04", "ruleSet", "148/QĐ-TTg",
                        "title", "Kế hoạch thực hiện Chương trình Mỗi xã một sản phẩm huyện Sơn Hà năm 2024"))
                .when().post("/api/v1/plans").then().statusCode(201).extract().jsonPath().getLong("id");
        long atLeast3 = addTarget(plan, body("kind", "PRODUCTS_AT_LEAST_STARS", "minStars", 3, "quantity", 7,
                "label", "7 sản phẩm đạt 3 sao trở lên"));
        long reEvaluated = addTarget(plan, body("kind", "PRODUCTS_AT_LEAST_STARS", "minStars", 3, "quantity", 2,
                "evaluationType", "RE_EVALUATION", "label", "trong đó 2 sản phẩm đánh giá lại"));
        long fresh = addTarget(plan, body("kind", "PRODUCTS_AT_LEAST_STARS", "minStars", 3, "quantity", 5,
                "evaluationType", "NEW", "label", "trong đó 5 sản phẩm mới"));
        long cumulative = addTarget(plan, body("kind", "CUMULATIVE_AT_LEAST_STARS", "minStars", 3, "quantity", 10,
                "quantityMax", 12, "label", "Lũy kế 10–12 sản phẩm OCOP đạt 3 sao trở lên"));
        long communes = addTarget(plan, body("kind", "COMMUNES_WITH_PRODUCT",
                "label", "Mỗi xã có ít nhất 1 sản phẩm"));
        long classes = addTarget(plan, body("kind", "TRAINING_CLASSES", "quantity", 1, "quantityMax", 2,
                "participantsEach", 30));
        long trained = addTarget(plan, body("kind", "PRODUCERS_TRAINED_PERCENT", "quantity", 100));

        // Step 0: nothing certified in 2024 yet. On 31 Dec the two 2021 certificates have expired.
        ProgressAssert.of(plan)
                .has(atLeast3, "0", "7", "0.0", false)
                .has(reEvaluated, "0", "2", "0.0", false)
                .has(fresh, "0", "5", "0.0", false)
                .has(cumulative, "3", "10", "30.0", false).withinRange(cumulative, false)
                .has(communes, "2", "2", "100.0", true)
                .has(classes, "0", "1", "0.0", false);
        assertThat(ProgressAssert.of(plan).row(trained).get("actual")).isNull();
        // As of 31 March 2024 all five were still valid.
        ProgressAssert early = ProgressAssert.of(plan, "2024-03-31").has(cumulative, "5", "10", "50.0", false);
        assertThat(early.json().getString("asOf")).isEqualTo("2024-03-31");

        // Step 1: the two expiring products are re-evaluated (3★).
        certify(oldA, 3, EvaluationType.RE_EVALUATION, "2024-04-15");
        certify(oldB, 3, EvaluationType.RE_EVALUATION, "2024-08-01");
        ProgressAssert.of(plan)
                .has(atLeast3, "2", "7", "28.6", false)
                .has(reEvaluated, "2", "2", "100.0", true)
                .has(fresh, "0", "5", "0.0", false)
                .has(cumulative, "5", "10", "50.0", false);

        // Step 2: three new products at 3★.
        List<Long> newProducts = new ArrayList<>();
        for (String name : List.of("Bánh tráng Sơn Thượng", "Măng khô Sơn Linh", "Gừng sẻ Sơn Hà")) {
            long product = product(name, name.endsWith("Linh") ? sonLinh : sonThuong);
            newProducts.add(product);
            certify(product, 3, EvaluationType.NEW, "2024-09-20");
        }
        ProgressAssert.of(plan)
                .has(atLeast3, "5", "7", "71.4", false)
                .has(fresh, "3", "5", "60.0", false)
                .has(cumulative, "8", "10", "80.0", false).withinRange(cumulative, false);

        // Step 3: two more new products, one at 4★: the year's target and the cumulative range are met.
        long fourStar = product("Tinh dầu sả Sơn Linh", sonLinh);
        certify(fourStar, 4, EvaluationType.NEW, "2024-11-25");
        long last = product("Cà phê Sơn Thượng", sonThuong);
        long lastCertificate = certify(last, 3, EvaluationType.NEW, "2024-11-28");
        ProgressAssert.of(plan)
                .has(atLeast3, "7", "7", "100.0", true)
                .has(reEvaluated, "2", "2", "100.0", true)
                .has(fresh, "5", "5", "100.0", true)
                .has(cumulative, "10", "10", "100.0", true).withinRange(cumulative, true);
        // Counting up to a day: on 26 Nov the last product was not yet certified.
        ProgressAssert.of(plan, "2024-11-26").has(atLeast3, "6", "7", "85.7", false);

        // Training: one class with 5 of the 7 producers certified this year, then a second with the other two.
        List<Long> producers2024 = new ArrayList<>();
        for (long product : List.of(oldA, oldB, newProducts.get(0), newProducts.get(1), newProducts.get(2),
                fourStar, last)) {
            producers2024.add(data.producerOf(product));
        }
        training(plan, "2024-06-20", producers2024.subList(0, 5));
        ProgressAssert afterOne = ProgressAssert.of(plan)
                .has(classes, "1", "1", "100.0", true).withinRange(classes, true)
                .has(trained, "71.4", "100", "71.4", false);
        assertThat(afterOne.row(trained).get("numerator")).isEqualTo(5);
        assertThat(afterOne.row(trained).get("denominator")).isEqualTo(7);
        training(plan, "2024-12-05", producers2024.subList(5, 7));
        ProgressAssert.of(plan)
                .has(classes, "2", "1", "200.0", true).withinRange(classes, true)
                .has(trained, "100.0", "100", "100.0", true);

        // A certificate revoked within the year no longer counts; as of the day before, it still did.
        data.revoke(lastCertificate, LocalDate.of(2024, 12, 10));
        ProgressAssert.of(plan)
                .has(atLeast3, "6", "7", "85.7", false)
                .has(cumulative, "9", "10", "90.0", false).withinRange(cumulative, false);
        ProgressAssert.of(plan, "2024-12-09").has(atLeast3, "7", "7", "100.0", true);
    }

    private long product(String name, long communeId) {
        long producer = data.producer("Hợp tác xã " + name, communeId);
        return data.product(name, producer, "FOOD");
    }

    private long certify(long product, int stars, EvaluationType type, String issuedOn) {
        return data.certify(product, stars, type, LocalDate.parse(issuedOn));
    }

    private static void training(long plan, String heldOn, List<Long> producers) {
        given().contentType(ContentType.JSON).body(body("kind", "TRAINING_CLASS",
                        "title", "Lớp tập huấn kiến thức OCOP", "heldOn", heldOn, "participants", 30,
                        "producerIds", producers))
                .when().post("/api/v1/plans/" + plan + "/activities").then().statusCode(201);
    }
}
