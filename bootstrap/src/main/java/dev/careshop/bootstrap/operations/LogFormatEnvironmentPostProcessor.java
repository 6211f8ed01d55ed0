package dev.careshop.bootstrap.operations;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code CARESHOP_LOG_FORMAT=json} switches the console log to JSON lines in Elastic Common Schema, Spring Boot's own
 * structured logging, which log shippers (Filebeat, Fluent Bit, the OpenTelemetry collector) read as they are;
 * {@code text}, the default, keeps Spring Boot's plain lines. It runs before the logging system starts, which reads
 * {@code logging.structured.format.console}. Any other value stops the start with a message, rather than logging in a
 * format nobody asked for.
 */
public class LogFormatEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String PROPERTY = "careshop.log-format";
    private static final String STRUCTURED_FORMAT = "logging.structured.format.console";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = environment.getProperty(PROPERTY, "text").trim().toLowerCase(Locale.ROOT);
        switch (format) {
            case "text", "" -> {
            }
            case "json" -> environment.getPropertySources().addFirst(
                    new MapPropertySource("careshopLogFormat", Map.of(STRUCTURED_FORMAT, "ecs")));
            default -> throw new IllegalStateException(
                    "CARESHOP_LOG_FORMAT (" + PROPERTY + ") must be 'text' or 'json', not '" + format + "'");
        }
    }
}
