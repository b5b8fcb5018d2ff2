package vn.ocop.api.registerimport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.area.AreaSamples;
import vn.ocop.api.security.TestTokens;

/**
 * What a register import hands on: the change feed carries every record it wrote as the API shows it (new producers
 * and products as created, certificates as imported, a stored certificate it superseded and the stored product that
 * got a newer certificate), the audit log has one entry per record, and the products' official codes are taken in
 * the code register so that they are never issued again.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(RegisterImportTest.OwnDatabase.class)
class RegisterImportPublishedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void signIn() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
        AreaSamples.load();
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Test
    void theFeedTheAuditLogAndTheCodeRegisterCarryEveryImportedRecord() throws Exception {
        String u = RegisterImportTest.unique();
        int sequence = 100 + Integer.parseInt(u) % 900;
        String code = "37-370-14362-" + sequence + "-2021";
        String cursor = head();
        byte[] first = RegisterImportTest.csv(
                "PB" + u + "1,Hợp tác xã Gạo Tám Điệp " + u + ",COOPERATIVE,14362,,," + "Gạo tám Tam Điệp,FOOD_PROC_GRAIN,PB-" + u + "-1,3,QD-1048-2019,NEW,1101/QĐ-UBND,2021-10-25,UBND tỉnh Ninh Bình,,,",
                "PB" + u + "2,Hợp tác xã Dứa Đồng Giao " + u + ",COOPERATIVE,370-14368,," + code + ",Dứa Đồng Giao,FOOD_PROC_PRODUCE,PB-" + u + "-2,4,QD-1048-2019,NEW,1101/QĐ-UBND,2021-10-25,UBND tỉnh Ninh Bình,,,");
        JsonPath done = RegisterImportTest.run(first, "so-ninh-binh-" + u + ".csv", "text/csv", false);
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("COMMITTED");

        List<JsonNode> events = follow(cursor);
        Map<String, Long> types = events.stream().collect(Collectors.groupingBy(e -> e.path("type").asText(),
                Collectors.counting()));
        assertThat(types).containsEntry("producer.created", 2L).containsEntry("product.created", 2L)
                .containsEntry("certificate.imported", 2L);
        // Each event carries the record exactly as the API shows it now.
        for (JsonNode event : events) {
            String path = switch (event.path("entityType").asText()) {
                case "producer" -> "/api/v1/producers/";
                case "product" -> "/api/v1/products/";
                case "certificate" -> "/api/v1/certificates/";
                default -> throw new AssertionError(event.toString());
            };
            JsonNode now = JSON.readTree(given().get(path + event.path("entityId").asLong()).then().statusCode(200)
                    .extract().asString());
            assertThat(event.path("data")).as(event.path("type").asText()).isEqualTo(withoutCitizenId(now));
        }
        JsonNode product = events.stream().filter(e -> e.path("type").asText().equals("product.created")
                && e.path("data").path("name").asText().equals("Dứa Đồng Giao")).findFirst().orElseThrow();
        assertThat(product.path("data").path("currentStars").asInt()).isEqualTo(4);
        assertThat(product.path("data").path("productCode").asText()).isEqualTo(code);
        JsonNode certificate = events.stream().filter(e -> e.path("type").asText().equals("certificate.imported")
                && e.path("data").path("number").asText().equals("PB-" + u + "-2")).findFirst().orElseThrow();
        assertThat(certificate.path("data").path("source").path("importId").asLong()).isEqualTo(done.getLong("id"));

        // One audit entry per record, with the API's record after the import.
        long producerId = events.stream().filter(e -> e.path("type").asText().equals("producer.created"))
                .findFirst().orElseThrow().path("entityId").asLong();
        JsonPath audit = given().queryParam("entityType", "producer").queryParam("entityId", producerId)
                .get("/api/v1/audit-log").then().statusCode(200).extract().jsonPath();
        assertThat(audit.getList("items.action")).containsExactly("producer.import");
        assertThat(audit.getLong("items[0].after.id")).isEqualTo(producerId);

        // The product's official code is taken in the register: never issued to another product.
        assertThat(codeHolder(code)).isEqualTo(product.path("entityId").asLong());

        // A later re-evaluation of the same product supersedes the stored certificate.
        String next = head();
        byte[] later = RegisterImportTest.csv(
                "PB" + u + "2,Hợp tác xã Dứa Đồng Giao " + u + ",COOPERATIVE,370-14368,," + code + ",Dứa Đồng Giao,FOOD_PROC_PRODUCE,PB-" + u + "-3,4,QD-1048-2019,RE_EVALUATION,2002/QĐ-UBND,2024-10-20,UBND tỉnh Ninh Bình,,,");
        JsonPath again = RegisterImportTest.run(later, "tai-danh-gia-" + u + ".csv", "text/csv", false);
        assertThat(again.getString("state")).as(again.prettify()).isEqualTo("COMMITTED");
        List<JsonNode> second = follow(next);
        assertThat(second).extracting(e -> e.path("type").asText())
                .contains("certificate.imported", "certificate.superseded", "product.updated")
                .doesNotContain("producer.created", "product.created");
        JsonNode superseded = second.stream().filter(e -> e.path("type").asText().equals("certificate.superseded"))
                .findFirst().orElseThrow();
        assertThat(superseded.path("data").path("number").asText()).isEqualTo("PB-" + u + "-2");
        assertThat(superseded.path("data").path("status").asText()).isEqualTo("SUPERSEDED");
        JsonNode updated = second.stream().filter(e -> e.path("type").asText().equals("product.updated"))
                .findFirst().orElseThrow();
        assertThat(updated.path("data").path("currentCertificateId").asLong())
                .isEqualTo(second.stream().filter(e -> e.path("type").asText().equals("certificate.imported"))
                        .findFirst().orElseThrow().path("entityId").asLong());
        JsonPath productAudit = given().queryParam("entityType", "product").queryParam("entityId",
                product.path("entityId").asLong()).get("/api/v1/audit-log").then().statusCode(200).extract().jsonPath();
        assertThat(productAudit.getList("items.action")).contains("product.import", "product.import-certificate");
    }

    private static JsonNode withoutCitizenId(JsonNode record) {
        if (record instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.remove("citizenId");
        }
        return record;
    }

    private static String head() {
        return given().get("/api/v1/changes/head").then().statusCode(200).extract().jsonPath().getString("cursor");
    }

    /** Every event after the cursor. */
    private static List<JsonNode> follow(String cursor) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        String after = cursor;
        while (true) {
            JsonNode page = JSON.readTree(given().queryParam("after", after).queryParam("limit", 1000)
                    .get("/api/v1/changes").then().statusCode(200).extract().asString());
            page.path("items").forEach(events::add);
            after = page.path("next").asText();
            if (!page.path("hasMore").asBoolean()) {
                return events;
            }
        }
    }

    private long codeHolder(String code) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select product_id from product_code_issue where code = ?")) {
            select.setString(1, code);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("code %s in the register", code).isTrue();
                return row.getLong(1);
            }
        }
    }
}
