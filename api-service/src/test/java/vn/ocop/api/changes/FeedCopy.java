package vn.ocop.api.changes;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A provincial system's copy, as a client would keep it: rows from an export (the JSON lists), then every event of
 * the change feed after the cursor taken before the export, applied in order (an event carries the whole record,
 * so replaying one the export already holds changes nothing).
 */
final class FeedCopy {

    static final ObjectMapper JSON = new ObjectMapper();

    /** "product:101" -> the record as the API shows it. */
    final Map<String, JsonNode> rows = new TreeMap<>();
    final List<JsonNode> seen = new ArrayList<>();
    String cursor;

    FeedCopy(String cursor) {
        this.cursor = cursor;
    }

    static String head() {
        return given().get("/api/v1/changes/head").then().statusCode(200).extract().path("cursor");
    }

    void load(String entityType, String listPath, Map<String, ?> query) {
        String body = given().queryParams(query).queryParam("size", 200).get(listPath).then().statusCode(200)
                .extract().asString();
        try {
            for (JsonNode item : JSON.readTree(body).path("items")) {
                rows.put(entityType + ":" + item.path("id").asLong(), item);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the feed to its end, page by page, applying every event; returns how many were read. */
    int follow(int limit) {
        int read = 0;
        while (true) {
            String body = given().queryParam("after", cursor).queryParam("limit", limit).get("/api/v1/changes").then()
                    .statusCode(200).extract().asString();
            JsonNode page;
            try {
                page = JSON.readTree(body);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            for (JsonNode event : page.path("items")) {
                apply(event);
                read++;
            }
            cursor = page.path("next").asText();
            if (!page.path("hasMore").asBoolean()) {
                return read;
            }
        }
    }

    void apply(JsonNode event) {
        seen.add(event);
        String key = event.path("entityType").asText() + ":" + event.path("entityId").asLong();
        if (event.path("type").asText().endsWith(".deleted")) {
            rows.remove(key);
        } else {
            rows.put(key, event.path("data"));
        }
    }

    /** The copy's rows of one entity type, without the names copied from other records (joined by a client). */
    Map<Long, JsonNode> of(String entityType) {
        Map<Long, JsonNode> out = new TreeMap<>();
        rows.forEach((key, row) -> {
            if (key.startsWith(entityType + ":")) {
                out.put(row.path("id").asLong(), own(row));
            }
        });
        return out;
    }

    /** The API's list, the same way. */
    static Map<Long, JsonNode> list(String listPath, Map<String, ?> query) {
        String body = given().queryParams(query).queryParam("size", 200).get(listPath).then().statusCode(200)
                .extract().asString();
        Map<Long, JsonNode> out = new TreeMap<>();
        try {
            for (JsonNode item : JSON.readTree(body).path("items")) {
                out.put(item.path("id").asLong(), own(item));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static JsonNode own(JsonNode row) {
        ObjectNode copy = row.deepCopy();
        copy.remove(List.of("producerName", "areaName", "productName", "citizenId"));
        return copy;
    }
}
