package vn.ocop.api.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogueResourceTest {

    private static final String RULE_SETS = "/api/v1/catalogue/rule-sets";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void listsEveryRuleSetWithDatesAndWhetherItHasSheets() {
        given().get(RULE_SETS).then().statusCode(200)
                .body("id", equalTo(List.of("QD-1048-2019", "QD-148-2023", "QD-148-1489-2025",
                        "QD-26-2026")))
                .body("find { it.id == 'QD-1048-2019' }.hasSheets", equalTo(false))
                .body("find { it.id == 'QD-1048-2019' }.productSetCount", equalTo(0))
                .body("find { it.id == 'QD-148-2023' }.hasSheets", equalTo(true))
                .body("find { it.id == 'QD-148-2023' }.effectiveFrom", equalTo("2023-02-24"))
                .body("find { it.id == 'QD-148-2023' }.effectiveTo", equalTo("2025-07-05"))
                .body("find { it.id == 'QD-148-2023' }.titleVi", startsWith("Quyết định 148/QĐ-TTg"))
                .body("find { it.id == 'QD-26-2026' }.effectiveTo", nullValue())
                .body("find { it.id == 'QD-26-2026' }.productSetCount", equalTo(26));
    }

    @Test
    void answersAreCacheableWithAnETagAndRevalidate() {
        String etag = given().get(RULE_SETS).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=3600"))
                .header("ETag", notNullValue())
                .extract().header("ETag");
        given().header("If-None-Match", etag).get(RULE_SETS).then().statusCode(304)
                .header("ETag", equalTo(etag));
        given().header("If-None-Match", "\"something-else\"").get(RULE_SETS).then().statusCode(200);
        given().get(RULE_SETS + "/QD-26-2026/product-sets/FOOD_TEA").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=3600"))
                .header("ETag", equalTo(etag));
    }

    @Test
    void getsOneRuleSetAndRefusesUnknownIds() {
        given().get(RULE_SETS + "/QD-148-1489-2025").then().statusCode(200)
                .body("id", equalTo("QD-148-1489-2025"))
                .body("titleEn", containsString("1489"))
                .body("process", equalTo("COMMUNE_PROVINCE_CENTRE"))
                .body("partMaxima.A", equalTo(40))
                .body("bands", hasSize(5));
        given().get(RULE_SETS + "/QD-999-2030").then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("QD-999-2030"));
    }

    @Test
    void currentRuleSetFollowsTheDate() {
        given().queryParam("date", "2024-06-15").get(RULE_SETS + "/current").then().statusCode(200)
                .body("id", equalTo("QD-148-2023"));
        given().queryParam("date", "2025-07-06").get(RULE_SETS + "/current").then()
                .body("id", equalTo("QD-148-1489-2025"));
        given().queryParam("date", "2026-06-01").get(RULE_SETS + "/current").then()
                .body("id", equalTo("QD-26-2026"));
        given().queryParam("date", "2020-01-01").get(RULE_SETS + "/current").then()
                .body("id", equalTo("QD-1048-2019"));
        given().get(RULE_SETS + "/current").then().statusCode(200).body("id", notNullValue());
    }

    @Test
    void currentRuleSetRefusesBadAndTooEarlyDates() {
        given().queryParam("date", "15/06/2024").get(RULE_SETS + "/current").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].reason", containsString("15/06/2024"));
        given().queryParam("date", "2018-01-01").get(RULE_SETS + "/current").then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("2018-01-01"));
    }

    @Test
    void listsTheProductSetsOfARuleSet() {
        given().get(RULE_SETS + "/QD-148-2023/product-sets").then().statusCode(200)
                .body("", hasSize(26))
                .body("[0].code", equalTo("FOOD_FRESH_PRODUCE"))
                .body("[0].no", equalTo(1))
                .body("[0].nameVi", equalTo("Rau, củ, quả, hạt tươi"))
                .body("[0].nameEn", notNullValue())
                .body("[0].group", equalTo("FOOD"))
                .body("[0].provisional", equalTo(false))
                .body("[0].maxPoints", equalTo(100))
                .body("findAll { it.provisional }.no", hasItems(7, 11, 12, 13))
                .body("group", hasItems("FOOD", "DRINK", "HERBAL", "CRAFT", "ORNAMENTAL", "TOURISM"));
        given().get(RULE_SETS + "/QD-1048-2019/product-sets").then().statusCode(200).body("", hasSize(0));
        given().get(RULE_SETS + "/NOPE/product-sets").then().statusCode(404);
    }

    @Test
    void describesASheetWithCriteriaOptionsPointsAndMarks() {
        given().get(RULE_SETS + "/QD-148-2023/product-sets/FOOD_FRESH_PRODUCE").then().statusCode(200)
                .body("ruleSetId", equalTo("QD-148-2023"))
                .body("code", equalTo("FOOD_FRESH_PRODUCE"))
                .body("parts.code", equalTo(List.of("A", "B", "C")))
                .body("groups.code", hasItem("A.1"))
                .body("criteria.find { it.code == 'A.1.a' }.nameVi", equalTo("Nguồn gốc sản phẩm"))
                .body("criteria.find { it.code == 'A.1.a' }.max", equalTo(5))
                .body("criteria.find { it.code == 'A.1.a' }.options.code",
                        equalTo(List.of("A.1.a#1", "A.1.a#2", "A.1.a#3")))
                .body("criteria.find { it.code == 'A.1.a' }.options.points", equalTo(List.of(1, 3, 5)))
                .body("criteria.options.flatten().findAll { it.minStar != null }", not(empty()))
                .body("criteria.options.flatten().labelVi", everyItem(notNullValue()));
        given().get(RULE_SETS + "/QD-26-2026/product-sets/TOURISM_COMMUNITY_ECO_SITE").then().statusCode(200)
                .body("group", equalTo("TOURISM"))
                .body("criteria.variants.flatten()", not(empty()));
    }

    @Test
    void unknownProductSetIs404() {
        given().get(RULE_SETS + "/QD-26-2026/product-sets/FOOD_MOON_CAKE").then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("FOOD_MOON_CAKE"));
    }
}
