package dev.careshop.bootstrap.operations;

import io.micrometer.tracing.Tracer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Tracing is Spring Boot's OpenTelemetry support (application.yml: sampling, OTLP export only when an endpoint is
 * set); this adds what a client of the API sees of it: the {@code traceparent} answered and the {@code traceId} of
 * problems.
 */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {

    @Bean
    FilterRegistrationBean<TraceContextFilter> traceContextFilter(Tracer tracer) {
        FilterRegistrationBean<TraceContextFilter> registration = new FilterRegistrationBean<>(new TraceContextFilter(tracer));
        // Just inside Spring Boot's request observation (HIGHEST_PRECEDENCE + 1), which opens the request's span, and
        // before every filter that may answer with a problem.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
