package dev.careshop.bootstrap.operations;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the client which trace its request belongs to. Spring Boot's observation of the request (the filter just
 * before this one) has continued the caller's W3C {@code traceparent}, or begun a new trace; this answers with a
 * {@code traceparent} naming that trace and the service's span of it, and leaves the trace id as a request attribute
 * for the problem answers ({@link #TRACE_ID}). A client's bug report quoting it leads to the request's log lines.
 */
public class TraceContextFilter extends OncePerRequestFilter {

    /** The request attribute holding the request's trace id (32 hex digits), read where problems are written. */
    public static final String TRACE_ID = TraceContextFilter.class.getName() + ".traceId";

    static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;

    TraceContextFilter(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TraceContext context = tracer.currentTraceContext().context();
        if (context != null) {
            request.setAttribute(TRACE_ID, context.traceId());
            response.setHeader(TRACEPARENT, "00-" + context.traceId() + "-" + context.spanId()
                    + (Boolean.TRUE.equals(context.sampled()) ? "-01" : "-00"));
        }
        chain.doFilter(request, response);
    }
}
