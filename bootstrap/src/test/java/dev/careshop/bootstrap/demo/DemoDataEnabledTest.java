package dev.careshop.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The demo switch is read as one boolean by every bean that depends on it, and a value that is none stops the start. */
class DemoDataEnabledTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Switched.class);

    @ParameterizedTest
    @CsvSource({"true, on", "TRUE, on", "yes, on", "false, off", "no, off"})
    void eitherTheDemoHalfOrTheOrdinaryHalfIsThereNeverBothNorNeither(String value, String expected) {
        context.withPropertyValues("careshop.demo-data.enabled=" + value).run(started ->
                assertThat(started).hasSingleBean(String.class).getBean(String.class).isEqualTo(expected));
    }

    @Test
    void unsetIsOff() {
        context.run(started -> assertThat(started.getBean(String.class)).isEqualTo("off"));
    }

    @Test
    void aValueThatIsNoBooleanStopsTheStartNamingTheSetting() {
        context.withPropertyValues("careshop.demo-data.enabled=maybe").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause().hasMessageContaining("maybe"));
        context.withPropertyValues("careshop.demo-data.enabled=maybe").run(started ->
                assertThat(started.getStartupFailure()).hasStackTraceContaining("careshop.demo-data.enabled"));
    }

    @Configuration(proxyBeanMethods = false)
    static class Switched {

        @Bean
        @Conditional(DemoDataEnabled.class)
        String on() {
            return "on";
        }

        @Bean
        @Conditional(DemoDataEnabled.Off.class)
        String off() {
            return "off";
        }
    }
}
