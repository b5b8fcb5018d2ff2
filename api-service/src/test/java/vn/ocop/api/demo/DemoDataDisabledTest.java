package vn.ocop.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.api.producer.ProducerRepository;

/** The default test profile starts without demo data. */
@QuarkusTest
class DemoDataDisabledTest {

    @Inject
    DemoDataStartup startup;

    @Inject
    DemoDataConfig config;

    @Inject
    ProducerRepository producers;

    @Test
    void demoDataIsNotLoadedInTheDefaultTestProfile() {
        assertThat(config.enabled()).isFalse();
        assertThat(startup.loadedAtStartup()).isEmpty();
        assertThat(producers.count("registrationCode", "4600678901")).isZero();
    }
}
