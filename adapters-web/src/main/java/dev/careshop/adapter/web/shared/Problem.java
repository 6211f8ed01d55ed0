package dev.careshop.adapter.web.shared;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The problem this API answers: a {@link ProblemDetail} whose members are written in RFC 9457's order
 * ({@code type, title, status, detail, instance}, then {@code errors}) rather than Jackson 3's alphabetical default.
 * {@code errors} holds {@link FieldError}s, or a feature's own entries (an order's lines say which product is short).
 * A subclass, because Spring's own mix-in on {@code ProblemDetail} (which flattens the extension members) must stay.
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "instance"})
public final class Problem extends ProblemDetail {

    private Problem(ProblemType type, String detail, URI instance) {
        super(type.status().value());
        setType(type.type());
        setTitle(type.title());
        setDetail(detail);
        setInstance(instance);
    }

    /** The answer for a request that failed as {@code type}: its status and the problem naming the request's path. */
    public static ResponseEntity<Object> answer(ProblemType type, String detail, HttpServletRequest request, List<?> errors) {
        return ResponseEntity.status(type.status()).body(of(type, detail, request.getRequestURI(), errors));
    }

    public static Problem of(ProblemType type, String detail, String path, List<?> errors) {
        Problem problem = new Problem(type, detail, URI.create(path));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
