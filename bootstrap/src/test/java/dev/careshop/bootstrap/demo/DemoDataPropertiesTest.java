package dev.careshop.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The demo switch is read as one boolean, the way Spring Boot binds any, and a value that is none stops the start. */
class DemoDataPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @ParameterizedTest
    @CsvSource({"true, true", "TRUE, true", "yes, true", "on, true", "false, false", "no, false", "off, false"})
    void theSwitchTakesSpringBootsBooleans(String value, boolean enabled) {
        context.withPropertyValues("careshop.demo-data.enabled=" + value).run(started ->
                assertThat(started.getBean(DemoDataProperties.class).enabled()).isEqualTo(enabled));
    }

    @Test
    void unsetIsOff() {
        context.run(started -> assertThat(started.getBean(DemoDataProperties.class).enabled()).isFalse());
    }

    @Test
    void aValueThatIsNoBooleanStopsTheStartNamingTheSetting() {
        context.withPropertyValues("careshop.demo-data.enabled=maybe").run(started -> {
            assertThat(started).hasFailed().getFailure().rootCause().hasMessageContaining("maybe");
            assertThat(started.getStartupFailure()).hasStackTraceContaining("careshop.demo-data.enabled");
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DemoDataProperties.class)
    static class Bound {
    }
}
