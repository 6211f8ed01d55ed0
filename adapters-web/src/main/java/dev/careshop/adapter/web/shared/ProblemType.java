package dev.careshop.adapter.web.shared;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The kinds of problem this API reports. Each has a stable {@code type} URI that clients can switch on; they are
 * described in docs/errors.md.
 */
public enum ProblemType {
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request"),
    // Authentication and authorization
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required"),
    INVALID_CREDENTIALS(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid credentials"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Access denied"),
    TOO_MANY_LOGIN_ATTEMPTS(HttpStatus.TOO_MANY_REQUESTS, "too-many-login-attempts", "Too many login attempts"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Resource not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable"),
    CONFLICT(HttpStatus.CONFLICT, "conflict", "Conflict with the current state"),
    PRECONDITION_FAILED(HttpStatus.PRECONDITION_FAILED, "precondition-failed", "Version mismatch"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
    MISSING_REFERENCE(HttpStatus.UNPROCESSABLE_CONTENT, "missing-reference", "Referenced resource does not exist"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal server error"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable"),
    // Idempotency keys
    IDEMPOTENCY_KEY_IN_USE(HttpStatus.CONFLICT, "idempotency-key-in-use", "Request with this key in progress"),
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Key used for another request"),
    // Orders
    INSUFFICIENT_STOCK(HttpStatus.CONFLICT, "insufficient-stock", "Insufficient stock"),
    ORDER_REJECTED(HttpStatus.UNPROCESSABLE_CONTENT, "order-rejected", "Order cannot be placed"),
    PAYMENT_AMOUNT_MISMATCH(HttpStatus.UNPROCESSABLE_CONTENT, "payment-amount-mismatch", "Amount is not the order total"),
    PAYMENT_DECLINED(HttpStatus.PAYMENT_REQUIRED, "payment-declined", "Payment declined");

    private static final String BASE = "https://careshop.dev/problems/";

    private final HttpStatus status;
    private final URI type;
    private final String title;

    ProblemType(HttpStatus status, String slug, String title) {
        this.status = status;
        this.type = URI.create(BASE + slug);
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** The type for a status that Spring MVC itself reports (405, 415, ...); a generic one for anything unlisted. */
    public static ProblemType forStatus(int status) {
        for (ProblemType problemType : values()) {
            if (problemType.status.value() == status) {
                return problemType;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST;
    }
}
