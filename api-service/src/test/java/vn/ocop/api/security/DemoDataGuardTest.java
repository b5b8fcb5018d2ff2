package vn.ocop.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Demo data (accounts with published passwords) must never load in production. */
class DemoDataGuardTest {

    @Test
    void productionRefusesDemoData() {
        assertThat(new DemoDataGuard(true).problems(true)).singleElement().asString()
                .contains("OCOP_DEMO_DATA_ENABLED");
    }

    @Test
    void devAndTestMayLoadDemoData() {
        assertThat(new DemoDataGuard(true).problems(false)).isEmpty();
    }

    @Test
    void productionWithoutDemoDataStarts() {
        assertThat(new DemoDataGuard(false).problems(true)).isEmpty();
    }
}
