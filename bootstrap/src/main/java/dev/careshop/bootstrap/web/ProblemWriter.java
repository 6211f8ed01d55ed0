package dev.careshop.bootstrap.web;

import dev.careshop.adapter.web.shared.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem from a servlet filter, before or around Spring MVC, in exactly the shape and content type of the
 * Spring MVC advice's problems.
 */
public final class ProblemWriter {

    private final JsonMapper jsonMapper;

    public ProblemWriter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /** Writes the problem; {@code request} names the {@code instance}, or is null when the path may be what is wrong. */
    public void write(HttpServletResponse response, HttpServletRequest request, ProblemType type, String detail)
            throws IOException {
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
        if (request != null) {
            problem.put("instance", request.getRequestURI());
        }
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
