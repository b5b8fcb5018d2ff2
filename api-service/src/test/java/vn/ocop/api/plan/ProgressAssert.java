package vn.ocop.api.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.Map;

/** Reads a plan's progress and checks one target's row of it. */
final class ProgressAssert {

    private final JsonPath json;

    private ProgressAssert(JsonPath json) {
        this.json = json;
    }

    static ProgressAssert of(long planId) {
        return of(planId, null);
    }

    static ProgressAssert of(long planId, String asOf) {
        var request = given();
        if (asOf != null) {
            request = request.queryParam("asOf", asOf);
        }
        return new ProgressAssert(request.when().get("/api/v1/plans/" + planId + "/progress")
                .then().statusCode(200).extract().jsonPath());
    }

    JsonPath json() {
        return json;
    }

    Map<String, Object> row(long targetId) {
        Map<String, Object> row = json.getMap("targets.find { it.targetId == " + targetId + " }");
        assertThat(row).as("progress of target %d", targetId).isNotNull();
        return row;
    }

    /** actual, expected and percentDone as text ("7", "7", "100.0"), and achieved. */
    ProgressAssert has(long targetId, String actual, String expected, String percentDone, Boolean achieved) {
        Map<String, Object> row = row(targetId);
        assertThat(String.valueOf(row.get("actual"))).as("actual of %d", targetId).isEqualTo(actual);
        assertThat(String.valueOf(row.get("expected"))).as("expected of %d", targetId).isEqualTo(expected);
        assertThat(String.valueOf(row.get("percentDone"))).as("percentDone of %d", targetId).isEqualTo(percentDone);
        assertThat(row.get("achieved")).as("achieved of %d", targetId).isEqualTo(achieved);
        return this;
    }

    ProgressAssert withinRange(long targetId, Boolean withinRange) {
        assertThat(row(targetId).get("withinRange")).as("withinRange of %d", targetId).isEqualTo(withinRange);
        return this;
    }
}
