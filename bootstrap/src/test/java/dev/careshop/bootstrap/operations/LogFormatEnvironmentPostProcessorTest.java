package dev.careshop.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class LogFormatEnvironmentPostProcessorTest {

    private final LogFormatEnvironmentPostProcessor processor = new LogFormatEnvironmentPostProcessor();

    @Test
    void jsonChoosesSpringBootsElasticCommonSchemaLines() {
        MockEnvironment environment = new MockEnvironment().withProperty("careshop.log-format", " JSON ");

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void textOrNothingKeepsThePlainLines() {
        MockEnvironment text = new MockEnvironment().withProperty("careshop.log-format", "text");
        MockEnvironment unset = new MockEnvironment();

        processor.postProcessEnvironment(text, new SpringApplication());
        processor.postProcessEnvironment(unset, new SpringApplication());

        assertThat(text.getProperty("logging.structured.format.console")).isNull();
        assertThat(unset.getProperty("logging.structured.format.console")).isNull();
    }

    @Test
    void anyOtherValueStopsTheStartWithTheVariablesName() {
        MockEnvironment environment = new MockEnvironment().withProperty("careshop.log-format", "xml");

        assertThatIllegalStateException()
                .isThrownBy(() -> processor.postProcessEnvironment(environment, new SpringApplication()))
                .withMessageContaining("CARESHOP_LOG_FORMAT").withMessageContaining("'xml'");
    }
}
