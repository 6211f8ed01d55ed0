package dev.careshop.bootstrap.operations;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporterBuilder;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingProperties;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.Transport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Spans leave over OTLP/HTTP only when {@code management.opentelemetry.tracing.export.otlp.endpoint} is set
 * ({@code MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT}), with Spring Boot's settings for it (timeouts,
 * compression, headers). Spring Boot's own exporter is excluded (application.yml): it is made under a condition on
 * that endpoint, and a build whose bean definitions were made ahead of time (docs/architecture.md, "Start-up and
 * memory") fixes conditions when it is built; this one reads the endpoint when the service runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OtlpTracingProperties.class)
class OtlpSpanExportConfiguration {

    @Bean
    SpanExporter otlpSpanExporter(OtlpTracingProperties otlp) {
        if (!StringUtils.hasText(otlp.getEndpoint())) {
            return SpanExporter.composite();
        }
        if (otlp.getTransport() != Transport.HTTP) {
            throw new IllegalArgumentException("management.opentelemetry.tracing.export.otlp.transport: the service "
                    + "exports spans over OTLP/HTTP only, not " + otlp.getTransport());
        }
        OtlpHttpSpanExporterBuilder exporter = OtlpHttpSpanExporter.builder()
                .setEndpoint(otlp.getEndpoint())
                .setTimeout(otlp.getTimeout())
                .setConnectTimeout(otlp.getConnectTimeout())
                .setCompression(otlp.getCompression().name().toLowerCase(Locale.ROOT));
        otlp.getHeaders().forEach(exporter::addHeader);
        return exporter.build();
    }
}
