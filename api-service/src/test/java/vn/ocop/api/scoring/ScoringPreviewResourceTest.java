package vn.ocop.api.scoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.security.TestTokens;

@QuarkusTest
class ScoringPreviewResourceTest {

    /** Every request of this class is sent as a national administrator (see docs/security.md). */
    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    private static final String PREVIEW = "/api/v1/scoring/preview";
    private static final String RULE_SET = "QD-148-2023";
    private static final String PRODUCT_SET = "FOOD_FRESH_PRODUCE";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void fullSheetsOfBestAnswersGiveFiveStarsWithTheExplanation() {
        Map<String, String> best = answers(true);
        Map<String, Object> request = request(List.of(
                sheet("Nguyễn Văn Hùng", "CHAIR", best),
                sheet("Trần Thị Hương", "MEMBER", best),
                sheet("Lê Thư Ký", "SECRETARY", Map.of())));
        given().contentType(ContentType.JSON).body(request).queryParam("detail", "full").post(PREVIEW).then()
                .statusCode(200)
                .body("ruleSetId", equalTo(RULE_SET))
                .body("productSetCode", equalTo(PRODUCT_SET))
                .body("productSetNameVi", equalTo("Rau, củ, quả, hạt tươi"))
                .body("scoringMembers", equalTo(2))
                .body("average", equalTo(100.0f))
                .body("band", equalTo(5))
                .body("stars", equalTo(5))
                .body("certifiable", equalTo(true))
                .body("missedMarks", hasSize(0))
                .body("nextStep.action", equalTo("SEND_UP"))
                .body("nextStep.targetLevel", equalTo("PROVINCE"))
                .body("partTotals", hasSize(3))
                .body("criteria", hasSize(best.size()))
                .body("criteria.code", hasItem("A.1.a"));
    }

    @Test
    void lowestAnswersGiveOneStarAndThePathToTheNextStar() {
        Map<String, Object> request = request(List.of(sheet("Phạm Minh Đức", "CHAIR", answers(false))));
        post(request).statusCode(200)
                .body("stars", equalTo(1))
                .body("certifiable", equalTo(false))
                .body("cheapestPathToNextStar", notNullValue());
    }

    @Test
    void unknownCriterionIsNamedWithItsPath() {
        Map<String, String> answers = answers(true);
        answers.put("Z.9.z", "Z.9.z#1");
        problem(post(request(List.of(sheet("Nguyễn Văn Hùng", "CHAIR", answers)))))
                .body("errors.field", hasItem("sheets[0].answers.Z.9.z"))
                .body("errors.find { it.field == 'sheets[0].answers.Z.9.z' }.reason",
                        startsWith("tiêu chí không có trong phiếu chấm"));
    }

    @Test
    void missingAnswerIsNamedWithItsPath() {
        Map<String, String> answers = answers(true);
        answers.remove("A.1.a");
        problem(post(request(List.of(sheet("tv-01", "MEMBER", answers)))))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("sheets[0].answers.A.1.a"))
                .body("errors[0].reason", containsString("A.1.a"));
    }

    @Test
    void aCouncilWithoutAScoringMemberIsRefused() {
        problem(post(request(List.of(sheet("Lê Thư Ký", "SECRETARY", Map.of())))))
                .body("errors[0].field", equalTo("sheets"));
    }

    @Test
    void unknownProductSetAndMissingLevelAreEachNamed() {
        Map<String, Object> request = request(List.of(sheet("tv-01", "CHAIR", answers(true))));
        request.put("productSetCode", "FOOD_MOON_CAKE");
        request.remove("level");
        problem(post(request))
                .body("errors.field", hasItem("productSetCode"))
                .body("errors.field", hasItem("level"));
    }

    @Test
    void reasonsAreInEnglishWhenAsked() {
        Map<String, Object> request = request(List.of(sheet("tv-01", "CHAIR", answers(true))));
        request.put("ruleSetId", "QD-1048-2019");
        given().header("Accept-Language", "en").contentType(ContentType.JSON).body(request).post(PREVIEW).then()
                .statusCode(400)
                .body("title", equalTo("Invalid data"))
                .body("errors[0].field", equalTo("ruleSetId"))
                .body("errors[0].reason", startsWith("the rule set has no scoring sheets"));
    }

    @Test
    void unreadableJsonIsAProblem() {
        Map<String, Object> request = request(List.of(sheet("tv-01", "CHAIR", answers(true))));
        request.put("level", "VILLAGE");
        post(request).statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("level"));
    }

    @Test
    void previewsAreCountedByTier() {
        post(request(List.of(sheet("tv-01", "CHAIR", answers(true))))).statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("ocop_scoring_previews_total{tier=\"5\"}"));
    }

    @Test
    void theDocumentedExampleScores() {
        Object example = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().get("paths.'/api/v1/scoring/preview'.post.requestBody.content."
                        + "'application/json'.examples.'district council, 148'.value");
        given().contentType(ContentType.JSON).body(example).post(PREVIEW).then().statusCode(200)
                .body("scoringMembers", equalTo(2))
                .body("stars", notNullValue());
    }

    @Test
    void theEngineCliExampleFilesScoreHereToo() throws Exception {
        Path examples = Path.of("..", "scoring-engine", "examples");
        Assumptions.assumeTrue(Files.isDirectory(examples), "engine examples not found");
        given().contentType(ContentType.JSON).body(Files.readString(examples.resolve("example-sheets.json")))
                .post(PREVIEW).then().statusCode(200)
                .body("productSetCode", equalTo("FOOD_TEA"))
                .body("stars", notNullValue());
        String batch = Files.readString(examples.resolve("example-batch.json"));
        int count = io.restassured.path.json.JsonPath.from(batch).getList("$").size();
        given().contentType(ContentType.JSON).body(batch).post(PREVIEW + "/batch").then().statusCode(200)
                .body("", hasSize(count));
    }

    @Test
    void batchProblemsNameTheRequestIndexAndScoreNothing() {
        Map<String, String> missing = answers(true);
        missing.remove("A.1.a");
        List<Map<String, Object>> batch = List.of(
                request(List.of(sheet("tv-01", "CHAIR", answers(true)))),
                request(List.of(sheet("tv-01", "CHAIR", missing))));
        problem(given().contentType(ContentType.JSON).body(batch).post(PREVIEW + "/batch").then())
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("[1].sheets[0].answers.A.1.a"));
        problem(given().contentType(ContentType.JSON).body(List.of()).post(PREVIEW + "/batch").then());
    }

    @Test
    void theSummaryIsTheDefaultAndLeavesOutOnlyTheExplanationAndTheListOfEveryMark() {
        Map<String, Object> request = request(List.of(sheet("Phạm Minh Đức", "CHAIR", answers(false)),
                sheet("Đặng Thị Lan", "MEMBER", answers(true))));
        Map<String, Object> full = given().contentType(ContentType.JSON).body(request).queryParam("detail", "FULL")
                .post(PREVIEW).then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> summary = post(request).statusCode(200).body("$", not(hasKey("criteria")))
                .extract().jsonPath().getMap("");
        assertThat(full).containsKeys("criteria", "marks", "missedMarks");
        Map<String, Object> withoutCriteria = new LinkedHashMap<>(full);
        withoutCriteria.remove("criteria");
        withoutCriteria.remove("marks");
        assertThat(summary).isEqualTo(withoutCriteria);
        given().contentType(ContentType.JSON).body(List.of(request)).queryParam("detail", "full").post(PREVIEW + "/batch")
                .then().statusCode(200).body("[0].criteria", hasSize(answers(true).size()));
        given().contentType(ContentType.JSON).body(List.of(request)).post(PREVIEW + "/batch")
                .then().statusCode(200).body("[0]", not(hasKey("criteria")));
    }

    @Test
    void anUnknownDetailIsAProblemNamingTheParameter() {
        problem(given().contentType(ContentType.JSON).body(request(List.of(sheet("tv-01", "CHAIR", answers(true)))))
                .queryParam("detail", "everything").post(PREVIEW).then())
                .body("errors[0].field", equalTo("detail"));
    }

    // --- helpers ------------------------------------------------------------------------------------------

    // ---- bounds (issue 9, item 6): refused before scoring, with the field and the bound ----------------------------

    private static List<Map<String, Object>> council(int members, Map<String, String> answers) {
        List<Map<String, Object>> sheets = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            sheets.add(sheet("tv-" + i, i == 0 ? "CHAIR" : "MEMBER", answers));
        }
        return sheets;
    }

    @Test
    void aCouncilAboveTheBoundOfMembersIsRefusedNamingTheBound() {
        Map<String, String> best = answers(true);
        post(request(council(50, best))).statusCode(200).body("scoringMembers", equalTo(50));
        problem(post(request(council(51, best))))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("sheets"))
                .body("errors[0].reason", equalTo("tối đa 50 (giới hạn của thao tác này); đã gửi 51"));
        problem(given().contentType(ContentType.JSON).header("Accept-Language", "en").body(request(council(51, best)))
                .post(PREVIEW).then())
                .body("errors[0].reason", equalTo("at most 50 (a bound of this endpoint); 51 sent"));
    }

    @Test
    void aSheetAboveTheBoundOfAnswersIsRefusedNamingTheSheet() {
        Map<String, String> answers = answers(true);
        for (int i = 0; answers.size() <= 100; i++) {
            answers.put("Z." + i, "Z." + i + "#1");
        }
        problem(post(request(List.of(sheet("tv-01", "CHAIR", answers(true)), sheet("tv-02", "MEMBER", answers)))))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("sheets[1].answers"))
                .body("errors[0].reason", equalTo("tối đa 100 (giới hạn của thao tác này); đã gửi 101"));
    }

    @Test
    void anErrorListsTheFirstProblemsAndCountsTheRest() {
        Map<String, String> answers = answers(true);
        for (int i = 0; i < 60; i++) {
            answers.put("Z." + i, "Z." + i + "#1");
        }
        io.restassured.response.Response response = given().contentType(ContentType.JSON)
                .body(request(council(50, answers))).post(PREVIEW);
        problem(response.then())
                .body("detail", equalTo("Không chấm được phiếu: có 3000 lỗi trong dữ liệu; liệt kê 100 lỗi đầu tiên."))
                .body("errors", hasSize(101))
                .body("errors[0].field", equalTo("sheets[0].answers.Z.0"))
                .body("errors[100].reason", equalTo("và 2900 lỗi khác không liệt kê"));
        org.assertj.core.api.Assertions.assertThat(response.asByteArray().length).isLessThan(64 * 1024);
    }

    @Test
    void aBodyAboveTheBoundIsRefusedWith413BeforeItIsRead() {
        Map<String, Object> request = request(List.of(sheet("x".repeat(600 * 1024), "CHAIR", answers(true))));
        given().contentType(ContentType.JSON).body(request).post(PREVIEW).then()
                .statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://ocop.gov.vn/problems/payload-too-large"))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].reason", startsWith("tối đa 524288 byte; đã gửi "));
    }

    @Test
    void aBatchIsBoundedInRequestsFullAnswersAndSheets() {
        Map<String, Object> one = request(List.of(sheet("tv-01", "CHAIR", answers(true))));
        List<Map<String, Object>> twentyOne = java.util.Collections.nCopies(21, one);
        given().contentType(ContentType.JSON).body(twentyOne).post(PREVIEW + "/batch").then().statusCode(200);
        problem(given().contentType(ContentType.JSON).body(twentyOne).queryParam("detail", "full")
                .post(PREVIEW + "/batch").then())
                .body("errors[0].field", equalTo("detail"))
                .body("errors[0].reason", equalTo("tối đa 20 yêu cầu với detail=full (giới hạn của thao tác này); đã gửi 21"));
        problem(given().contentType(ContentType.JSON).body(java.util.Collections.nCopies(201, one))
                .post(PREVIEW + "/batch").then())
                .body("errors[0].field", equalTo(""))
                .body("errors[0].reason", equalTo("tối đa 200 (giới hạn của thao tác này); đã gửi 201"));
        Map<String, Object> big = request(council(50, answers(true)));
        problem(given().contentType(ContentType.JSON).body(java.util.Collections.nCopies(81, big))
                .post(PREVIEW + "/batch").then())
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("[].sheets"))
                .body("errors[0].reason", equalTo("tối đa 4000 (giới hạn của thao tác này); đã gửi 4050"));
    }

    /** Every criterion of the sheet answered with its best (or lowest) option, read from the catalogue. */
    private static Map<String, String> answers(boolean best) {
        List<Map<String, Object>> criteria = given()
                .get("/api/v1/catalogue/rule-sets/" + RULE_SET + "/product-sets/" + PRODUCT_SET)
                .then().statusCode(200).extract().jsonPath().getList("criteria");
        Map<String, String> answers = new LinkedHashMap<>();
        for (Map<String, Object> criterion : criteria) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> options = new ArrayList<>((List<Map<String, Object>>) criterion.get("options"));
            Comparator<Map<String, Object>> byPoints =
                    Comparator.comparingDouble(o -> ((Number) o.get("points")).doubleValue());
            options.sort(best ? byPoints.reversed() : byPoints);
            answers.put((String) criterion.get("code"), (String) options.get(0).get("code"));
        }
        return answers;
    }

    private static Map<String, Object> sheet(String memberId, String role, Map<String, String> answers) {
        Map<String, Object> sheet = new LinkedHashMap<>();
        sheet.put("memberId", memberId);
        sheet.put("role", role);
        sheet.put("answers", answers);
        return sheet;
    }

    private static Map<String, Object> request(List<Map<String, Object>> sheets) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("ruleSetId", RULE_SET);
        request.put("productSetCode", PRODUCT_SET);
        request.put("level", "DISTRICT");
        request.put("sheets", sheets);
        return request;
    }

    private static ValidatableResponse post(Map<String, Object> request) {
        return given().contentType(ContentType.JSON).body(request).post(PREVIEW).then();
    }

    private static ValidatableResponse problem(ValidatableResponse response) {
        return response.statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("type", equalTo("https://ocop.gov.vn/problems/validation"));
    }
}
