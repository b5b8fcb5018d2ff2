package vn.ocop.api.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.api.common.time.ClockProducer.VIETNAM;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.api.area.Area;
import vn.ocop.api.area.AreaLevel;
import vn.ocop.api.audit.AuditEntry;
import vn.ocop.api.certificate.CertificateStatus;
import vn.ocop.api.producer.Producer;
import vn.ocop.api.product.ProductTestData;
import vn.ocop.api.security.AuditRecipes.Change;
import vn.ocop.api.security.AuditRecipes.Fixture;
import vn.ocop.api.security.AuditRecipes.Written;

/**
 * Every write attributed (issue 9, item 12): each POST, PUT, PATCH and DELETE of the served OpenAPI document,
 * performed successfully as an administrator by its recipe ({@link AuditRecipes}), leaves an audit entry of its
 * caller, in the log of the record it wrote, with the time, the action and the snapshots a creation, change or
 * deletion has, and never a password hash. {@link #everyServedWriteOperationHasARecipeOrAnExemption} fails for a
 * served write operation with neither a recipe nor an exemption ({@link AuditRecipes#EXEMPT}, with the reason), so
 * no write can be added without its entry.
 */
@QuarkusTest
class AuditTrailTest {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    static Fixture fx;

    @Inject
    SecurityTestData data;

    @Inject
    ProductTestData productData;

    @Inject
    AuditEntries entries;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void fixture() {
        if (fx == null) {
            fx = create();
        }
    }

    private Fixture create() {
        String u = SecurityTestData.unique();
        Area province = data.area("K" + u.substring(0, 6), "Tỉnh Kiểm Toán " + u, AreaLevel.PROVINCE, null);
        Area district = data.area("L" + u.substring(0, 6), "Huyện Kiểm Toán " + u, AreaLevel.DISTRICT, province);
        Area commune = data.area("Q" + u.substring(0, 6), "Xã Kiểm Toán " + u, AreaLevel.COMMUNE, district);
        Producer producer = data.producer("Hợp tác xã Kiểm Toán " + u, commune);
        var certified = data.product("Chè Kiểm Toán " + u, producer, "FOOD");
        var certificate = data.certificate(certified, 4, LocalDate.now(VIETNAM).minusMonths(2),
                CertificateStatus.VALID);
        ProductTestData.Place place = productData.place();
        long codeProducer = productData.producer("Hợp tác xã Sơn Hà " + u, place.communeId());
        return new Fixture(province, commune, producer, certificate, codeProducer,
                EvaluationMatrixData.create(province.id, producer.id),
                EvaluationMatrixData.create(province.id, producer.id),
                EvaluationMatrixData.create(province.id, producer.id));
    }

    /** The write operations of the served document ("POST /api/v1/producers"). */
    static Set<String> servedWrites() {
        Map<String, Object> paths = given().accept(ContentType.JSON).get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> served = new TreeSet<>();
        paths.forEach((path, item) -> ((Map<?, ?>) item).keySet().stream().map(Object::toString)
                .filter(WRITES::contains).forEach(m -> served.add(m.toUpperCase() + " " + path)));
        return served;
    }

    /** Fails for a served write operation without a recipe or an exemption, and for stale ones. */
    @Test
    void everyServedWriteOperationHasARecipeOrAnExemption() {
        Set<String> served = servedWrites();
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(AuditRecipes.RECIPES.keySet());
        missing.removeAll(AuditRecipes.EXEMPT.keySet());
        assertThat(missing).as("write operations without an audit recipe: add one to AuditRecipes (and the "
                + "operation's AuditLog.record call), or list it in AuditRecipes.EXEMPT with the reason it writes no "
                + "data").isEmpty();
        assertThat(served).as("exempt operations are served").containsAll(AuditRecipes.EXEMPT.keySet());
        assertThat(served).as("recipes of served operations").containsAll(AuditRecipes.RECIPES.keySet());
        assertThat(AuditRecipes.RECIPES.keySet()).as("an operation is exempt or has a recipe, not both")
                .doesNotContainAnyElementsOf(AuditRecipes.EXEMPT.keySet());
    }

    static Stream<String> recipes() {
        return AuditRecipes.RECIPES.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recipes")
    void theWriteLeavesAnEntryOfItsCaller(String key) {
        walk(key);
    }

    private void walk(String key) {
        AuditRecipes.Recipe recipe = AuditRecipes.RECIPES.get(key);
        Act act = new Act(entries, key);
        Written written = recipe.run(fx, act);
        assertThat(act.calls).as("%s: the recipe calls the operation once", key).isEqualTo(1);
        assertThat(act.left).as("%s: audit entries left by its caller %s", key, act.actor).isPositive();

        List<Map<String, Object>> log = given().auth().oauth2(TestTokens.admin()).queryParam("size", 200)
                .get(written.log()).then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> mine = log.stream()
                .filter(e -> act.actor.equals(e.get("actor")) && written.action().equals(e.get("action"))).toList();
        assertThat(mine).as("%s: one %s entry by %s in %s, log: %s", key, written.action(), act.actor,
                written.log(), log).hasSize(1);
        Map<String, Object> entry = mine.get(0);
        Instant at = Instant.parse((String) entry.get("occurredAt"));
        assertThat(at).as("%s: time of the entry", key)
                .isBetween(act.from.minus(Duration.ofSeconds(2)), act.to.plus(Duration.ofSeconds(2)));
        assertThat(entry.get("before")).as("%s: snapshot before", key)
                .matches(b -> (b == null) == (written.change() == Change.CREATE), "absent exactly on creation");
        assertThat(entry.get("after")).as("%s: snapshot after", key)
                .matches(a -> (a == null) == (written.change() == Change.DELETE), "absent exactly on deletion");

        for (AuditEntry stored : entries.by(act.actor)) {
            String snapshots = stored.beforeJson + " " + stored.afterJson;
            assertThat(snapshots).as("%s: %s holds no password or hash", key, stored.action)
                    .doesNotContain("$argon2").doesNotContainIgnoringCase("passwordHash")
                    .doesNotContain(AuditRecipes.PASSWORD);
        }
    }

    /**
     * The one call of an operation, as a caller of its own (by default a fresh administrator), and the number of
     * audit entries that caller left meanwhile.
     */
    static final class Act {
        private final AuditEntries entries;
        private String token;
        String actor;
        int calls;
        long left;
        Instant from;
        Instant to;

        Act(AuditEntries entries, String key) {
            this.entries = entries;
            this.actor = "kiemtoan-" + UUID.randomUUID();
            this.token = TestTokens.builder(actor, Role.ADMIN).sign();
        }

        /** Calls the operation as another account (the chair closing a result). */
        Act as(String username, String token) {
            this.actor = username;
            this.token = token;
            return this;
        }

        /** Performs the operation; it must succeed (2xx). */
        Response call(Function<RequestSpecification, Response> request) {
            calls++;
            long before = entries.countBy(actor);
            from = Instant.now();
            Response response = request.apply(given().auth().oauth2(token));
            to = Instant.now();
            left = entries.countBy(actor) - before;
            assertThat(response.statusCode()).as("the operation succeeds: %s", response.asString()).isBetween(200, 299);
            return response;
        }
    }
}
