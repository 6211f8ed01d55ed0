package dev.careshop.bootstrap.web;

import dev.careshop.adapter.web.shared.ProblemType;
import dev.careshop.bootstrap.operations.TraceContextFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem from a servlet filter, before or around Spring MVC, in exactly the shape and content type of the
 * Spring MVC advice's problems, with the request's {@code traceId} as they have it (ProblemTraceIdAdvice).
 */
public final class ProblemWriter {

    private final JsonMapper jsonMapper;

    public ProblemWriter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /** Writes the problem, its {@code instance} the request's path. */
    public void write(HttpServletResponse response, HttpServletRequest request, ProblemType type, String detail)
            throws IOException {
        write(response, request, type, detail, true);
    }

    /** Writes the problem without an {@code instance}: for a request whose path may be what is wrong. */
    public void writeWithoutPath(HttpServletResponse response, HttpServletRequest request, ProblemType type, String detail)
            throws IOException {
        write(response, request, type, detail, false);
    }

    private void write(HttpServletResponse response, HttpServletRequest request, ProblemType type, String detail,
                       boolean withPath) throws IOException {
        response.setStatus(type.status().value());
        // JSON is UTF-8 by definition (RFC 8259), and the bytes are written as such: no charset parameter, exactly
        // the content type the Spring MVC advice answers with.
        response.setContentType("application/problem+json");
        // Members in RFC 9457's order, as the Spring MVC advice writes them.
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.type().toString());
        problem.put("title", type.title());
        problem.put("status", type.status().value());
        problem.put("detail", detail);
        if (withPath) {
            problem.put("instance", request.getRequestURI());
        }
        Object traceId = request.getAttribute(TraceContextFilter.TRACE_ID);
        if (traceId != null) {
            problem.put("traceId", traceId);
        }
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
