package dev.careshop.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Spans go to the OTLP endpoint when the service runs with one, with the configured headers, and nowhere without. */
class OtlpSpanExportConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(OtlpSpanExportConfiguration.class);
    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer collector;

    @AfterEach
    void stopTheCollector() {
        if (collector != null) {
            collector.stop(0);
        }
    }

    @Test
    void withAnEndpointSpansArriveThereWithTheConfiguredHeaders() throws IOException {
        int port = startACollector();
        context.withPropertyValues(
                        "management.opentelemetry.tracing.export.otlp.endpoint=http://127.0.0.1:" + port + "/v1/traces",
                        "management.opentelemetry.tracing.export.otlp.headers.x-tenant=careshop")
                .run(started -> {
                    SpanExporter exporter = started.getBean(SpanExporter.class);
                    endASpan(exporter);

                    assertThat(received).containsExactly("POST /v1/traces x-tenant=careshop");
                });
    }

    @Test
    void withoutAnEndpointNothingIsSent() {
        context.run(started -> assertThat(started.getBean(SpanExporter.class)).isNotInstanceOf(OtlpHttpSpanExporter.class));
    }

    @Test
    void anotherTransportThanHttpStopsTheStart() {
        context.withPropertyValues("management.opentelemetry.tracing.export.otlp.endpoint=http://127.0.0.1:1/v1/traces",
                        "management.opentelemetry.tracing.export.otlp.transport=grpc")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("OTLP/HTTP only"));
    }

    private int startACollector() throws IOException {
        collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        collector.createContext("/", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                    + " x-tenant=" + exchange.getRequestHeaders().getFirst("x-tenant"));
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
        return collector.getAddress().getPort();
    }

    private static void endASpan(SpanExporter exporter) {
        try (SdkTracerProvider tracing = SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()) {
            tracing.get("test").spanBuilder("probe").startSpan().end();
            tracing.forceFlush().join(10, TimeUnit.SECONDS);
        }
    }
}
