package dev.careshop.bootstrap.operations;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Adds the request's {@code traceId} to every problem Spring MVC answers with (the API's exception advice writes them),
 * as {@link dev.careshop.bootstrap.web.ProblemWriter} does to the problems written by filters: one place each, so
 * every problem a client sees names the trace its log lines carry.
 */
@ControllerAdvice
class ProblemTraceIdAdvice implements ResponseBodyAdvice<Object> {

    static final String TRACE_ID = "traceId";

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && request instanceof ServletServerHttpRequest servlet) {
            Object traceId = servlet.getServletRequest().getAttribute(TraceContextFilter.TRACE_ID);
            if (traceId != null) {
                problem.setProperty(TRACE_ID, traceId);
            }
        }
        return body;
    }
}
