package vn.ocop.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scoping rules as plain data: area prefixes, roles, producers, list filters. */
class AreaScopeTest {

    private static final String PROVINCE = "/19/";
    private static final String COMMUNE = "/19/412/";
    private static final String OTHER_PROVINCE_COMMUNE = "/31/900/";

    @Test
    void anAreaCoversItselfAndItsSubAreasOnWholeSegments() {
        assertThat(AreaPaths.covers(PROVINCE, COMMUNE)).isTrue();
        assertThat(AreaPaths.covers(PROVINCE, PROVINCE)).isTrue();
        assertThat(AreaPaths.covers("/1/", "/19/412/")).as("/1/ is not /19/").isFalse();
        assertThat(AreaPaths.covers("/19", "/190/5/")).as("a path without its slash still matches whole segments")
                .isFalse();
        assertThat(AreaPaths.covers(COMMUNE, PROVINCE)).as("a commune does not see its province").isFalse();
        assertThat(AreaPaths.covers(null, COMMUNE)).isFalse();
        assertThat(AreaPaths.covers(PROVINCE, null)).isFalse();
        assertThat(AreaPaths.provinceId("/19/412/")).isEqualTo(19L);
    }

    @Test
    void adminSeesEverythingAndListsUnrestricted() {
        Scope admin = new Scope("admin", Role.ADMIN, null, null);
        assertThat(admin.canAccessArea(OTHER_PROVINCE_COMMUNE)).isTrue();
        assertThat(admin.canAccessProducer(5L, OTHER_PROVINCE_COMMUNE)).isTrue();
        assertThat(admin.listFilter().unrestricted()).isTrue();
        assertThat(admin.listFilter().jpql("areaPath", "producer.id")).isNull();
    }

    @Test
    void provinceOfficerSeesItsCommunesButNotAnotherProvince() {
        Scope officer = new Scope("thainguyen", Role.PROVINCE, PROVINCE, null);
        assertThat(officer.canAccessArea(COMMUNE)).isTrue();
        assertThat(officer.canAccessArea(OTHER_PROVINCE_COMMUNE)).isFalse();
        assertThat(officer.canAccessProducer(5L, COMMUNE)).isTrue();
        ListFilter filter = officer.listFilter();
        assertThat(filter.jpql("areaPath", "producer.id")).isEqualTo("areaPath like :scopeAreaPath");
        assertThat(filter.parameters()).isEqualTo(Map.of("scopeAreaPath", "/19/%"));
    }

    @Test
    void communeOfficerSeesOnlyItsCommune() {
        Scope officer = new Scope("tanky", Role.COMMUNE, COMMUNE, null);
        assertThat(officer.canAccessArea(COMMUNE)).isTrue();
        assertThat(officer.canAccessArea("/19/413/")).isFalse();
        assertThat(officer.canAccessArea(PROVINCE)).isFalse();
    }

    @Test
    void officerWithoutAnAreaSeesNothing() {
        Scope unbound = new Scope("x", Role.COMMUNE, null, null);
        assertThat(unbound.canAccessArea(COMMUNE)).isFalse();
        assertThat(unbound.listFilter().kind()).isEqualTo(ListFilter.Kind.NOTHING);
        assertThat(unbound.listFilter().jpql("areaPath", "producer.id")).isEqualTo("1 = 0");
    }

    @Test
    void producerSeesOnlyItsOwnProducerAndNoAreas() {
        Scope producer = new Scope("htx", Role.PRODUCER, null, 7L);
        assertThat(producer.canAccessProducer(7L, COMMUNE)).isTrue();
        assertThat(producer.canAccessProducer(8L, COMMUNE)).isFalse();
        assertThat(producer.canAccessArea(COMMUNE)).isFalse();
        ListFilter filter = producer.listFilter();
        assertThat(filter.jpql("areaPath", "producer.id")).isEqualTo("producer.id = :scopeProducerId");
        assertThat(filter.parameters()).isEqualTo(Map.of("scopeProducerId", 7L));
        assertThat(filter.jpql("areaPath", null)).as("an entity without a producer is not listed")
                .isEqualTo("1 = 0");
    }

    @Test
    void councilAndAnonymousSeeNothingByArea() {
        Scope council = new Scope("hoidong", Role.COUNCIL, null, null);
        assertThat(council.canAccessArea(COMMUNE)).isFalse();
        assertThat(council.canAccessProducer(7L, COMMUNE)).isFalse();
        assertThat(council.listFilter().kind()).isEqualTo(ListFilter.Kind.NOTHING);
        assertThat(Scope.ANONYMOUS.anonymous()).isTrue();
        assertThat(Scope.ANONYMOUS.canAccessArea(COMMUNE)).isFalse();
        assertThat(Scope.ANONYMOUS.listFilter().kind()).isEqualTo(ListFilter.Kind.NOTHING);
    }

    @Test
    void rolesParseByExactNameAndOfficersAreTheAreaRoles() {
        // Exact, as @RolesAllowed compares: "commune" is no role (issue 9 item 7, see TokenRulesTest).
        assertThat(Role.parse("COMMUNE")).contains(Role.COMMUNE);
        assertThat(Role.parse("commune")).isEmpty();
        assertThat(Role.parse(" COMMUNE")).isEmpty();
        assertThat(Role.parse("viewer")).isEmpty();
        assertThat(Role.PROVINCE.isOfficer()).isTrue();
        assertThat(Role.DISTRICT.isOfficer()).isTrue();
        assertThat(Role.COUNCIL.isOfficer()).isFalse();
        assertThat(Role.ADMIN.isOfficer()).isFalse();
    }
}
