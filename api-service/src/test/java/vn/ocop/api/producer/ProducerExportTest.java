package vn.ocop.api.producer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.api.product.ProductTestData;
import vn.ocop.api.security.Role;
import vn.ocop.api.security.TestTokens;

/** The producer list exported as CSV and XLSX by content negotiation (issue 16 §2); never the citizen id. */
@QuarkusTest
class ProducerExportTest {

    private static final String PRODUCERS = "/api/v1/producers";
    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CITIZEN_ID = "046190001234";

    @Inject
    ProductTestData data;

    @Inject
    ProducerRepository producers;

    private ProductTestData.Place place;
    private ProductTestData.Place other;
    private String tag;

    @BeforeEach
    void createProducers() {
        TestTokens.authenticateEveryRequest(TestTokens.admin());
        place = data.place();
        other = data.place();
        tag = UUID.randomUUID().toString().substring(0, 6);
        long household = data.producer("Hộ kinh doanh Nguyễn Thị Hoà " + tag, place.communeId());
        withCitizenId(household);
        data.producer("Hợp tác xã Đoàn Kết, \"Sơn Hà\" " + tag, place.communeId());
        data.producer("Tổ hợp tác Mường Lò " + tag, other.communeId());
    }

    void withCitizenId(long id) {
        QuarkusTransaction.requiringNew().run(() -> {
            Producer producer = producers.findById(id);
            producer.type = ProducerType.HOUSEHOLD_BUSINESS;
            producer.citizenId = CITIZEN_ID;
            producer.taxCode = String.valueOf(System.nanoTime()).substring(3, 13);
        });
    }

    @AfterEach
    void signOut() {
        TestTokens.reset();
    }

    @Test
    void csvHasABomVietnameseHeadersAndTheRowsOfTheJsonListButNoCitizenId() {
        byte[] bytes = given().accept(CSV).queryParam("q", tag).queryParam("size", 1).get(PRODUCERS).then()
                .statusCode(200).contentType(startsWith(CSV))
                .header("Content-Disposition", containsString("attachment"))
                .header("Content-Disposition", containsString("producers.csv"))
                .extract().asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(CITIZEN_ID).contains("Hộ kinh doanh Nguyễn Thị Hoà");
        List<List<String>> rows = parseCsv(text);
        assertThat(rows.get(0)).containsExactlyElementsOf(ProducerExport.HEADERS)
                .contains("Tên chủ thể", "Loại hình", "Mã số đăng ký", "Mã số thuế", "Mã tỉnh", "Mã xã");
        assertThat(rows.subList(1, rows.size())).hasSize(3)
                .containsExactlyElementsOf(expected(Map.of("q", tag)));
    }

    @Test
    void xlsxHoldsTheSameRows() throws Exception {
        byte[] bytes = given().accept(XLSX).queryParam("q", tag).get(PRODUCERS).then().statusCode(200)
                .contentType(startsWith(XLSX)).header("Content-Disposition", containsString("producers.xlsx"))
                .extract().asByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < ProducerExport.HEADERS.size(); c++) {
                    Cell cell = c < row.getCellCount() ? row.getCell(c) : null;
                    cells.add(cell == null || cell.getText() == null ? "" : cell.getText());
                }
                rows.add(cells);
            }
        }
        assertThat(rows.get(0)).containsExactlyElementsOf(ProducerExport.HEADERS);
        assertThat(rows.subList(1, rows.size())).containsExactlyElementsOf(expected(Map.of("q", tag)));
        assertThat(rows.toString()).doesNotContain(CITIZEN_ID);
    }

    @Test
    void aCommuneOfficerExportsOnlyItsAreasProducers() {
        String areaPath = given().queryParam("q", "Đoàn Kết").queryParam("areaId", place.communeId())
                .get(PRODUCERS).then().extract().jsonPath().getString("items[0].areaPath");
        TestTokens.authenticateEveryRequest(TestTokens.officer(Role.COMMUNE, areaPath));
        byte[] bytes = given().accept(CSV).get(PRODUCERS).then().statusCode(200).extract().asByteArray();
        List<List<String>> body = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        body = body.subList(1, body.size());
        assertThat(body).hasSize(2).allSatisfy(r -> assertThat(r.get(8)).isEqualTo(place.communeCode()));
        assertThat(body).containsExactlyElementsOf(expected(Map.of()));
    }

    @Test
    void jsonStaysTheDefaultAndXmlIsNotAcceptable() {
        given().get(PRODUCERS).then().statusCode(200).contentType(ContentType.JSON);
        given().accept("application/xml").get(PRODUCERS).then().statusCode(406);
        given().accept(CSV).queryParam("type", "NOT_A_TYPE").get(PRODUCERS).then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    /** The JSON list (every page, by id) for the same filter as export rows; all these producers are in place/other. */
    private List<List<String>> expected(Map<String, Object> filter) {
        List<List<String>> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = given().queryParams(filter).queryParam("size", 200)
                    .queryParam("page", page).queryParam("sort", "id").get(PRODUCERS).then().statusCode(200)
                    .extract().jsonPath().getList("items");
            for (Map<String, Object> p : items) {
                boolean here = ((Number) p.get("areaId")).longValue() == place.communeId();
                ProductTestData.Place unit = here ? place : other;
                rows.add(Arrays.asList(str(p.get("id")), str(p.get("name")), str(p.get("type")),
                        str(p.get("registrationCode")), str(p.get("taxCode")), str(p.get("representativeName")),
                        str(p.get("addressLine")), unit.provinceCode(), unit.communeCode(), str(p.get("phone")),
                        str(p.get("email")), str(p.get("website"))));
            }
            if (items.size() < 200) {
                break;
            }
        }
        return rows;
    }

    private static String str(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static List<List<String>> parseCsv(String text) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
            return it.readAll();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
