package dev.careshop.adapter.web.shared;

import dev.careshop.domain.shared.ConflictException;
import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shared.MissingReferenceException;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.NotPermittedException;
import dev.careshop.domain.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns the failures every feature shares into RFC 9457 problem details. Spring MVC's own failures (405, 415,
 * malformed JSON, a wrong parameter type ...) come through {@link ResponseEntityExceptionHandler}; the domain's shared
 * kinds (not found, invalid value, conflict ...) and the database's through the handlers below. A feature whose
 * exceptions are its own maps them in an advice of its package (e.g. {@code OrderProblemsAdvice}), ordered first
 * because this one answers every other {@link Exception}; this class imports no feature, as ArchUnit checks.
 * Messages are written here or by the domain: no exception text of a library, stack trace or SQL reaches a client.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<Object> invalidValue(InvalidValueException e, HttpServletRequest request) {
        return Problem.answer(ProblemType.INVALID_REQUEST, "The request is not valid.", request,
                List.of(new FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, HttpServletRequest request) {
        return Problem.answer(ProblemType.NOT_FOUND, e.getMessage(), request, List.of());
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<Object> notPermitted(NotPermittedException e, HttpServletRequest request) {
        return Problem.answer(ProblemType.FORBIDDEN, e.getMessage(), request, List.of());
    }

    @ExceptionHandler(MissingReferenceException.class)
    ResponseEntity<Object> missingReference(MissingReferenceException e, HttpServletRequest request) {
        return Problem.answer(ProblemType.MISSING_REFERENCE, e.getMessage(), request, List.of(new FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(DuplicateValueException.class)
    ResponseEntity<Object> duplicate(DuplicateValueException e, HttpServletRequest request) {
        return Problem.answer(ProblemType.CONFLICT, e.getMessage(), request, List.of(new FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e, HttpServletRequest request) {
        return Problem.answer(ProblemType.CONFLICT, e.getMessage(), request, List.of());
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<Object> staleVersion(StaleVersionException e, HttpServletRequest request) {
        return Problem.answer(ProblemType.PRECONDITION_FAILED, e.getMessage(), request, List.of());
    }

    /** Two requests changed the same row at once; the loser may simply retry. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<Object> concurrentUpdate(ConcurrencyFailureException e, HttpServletRequest request) {
        log.info("Concurrent update refused on {}: {}", request.getRequestURI(), e.getClass().getSimpleName());
        // A passing clash, unlike the domain's conflicts: Retry-After says so (and keeps it out of the idempotency store).
        return ResponseEntity.status(ProblemType.CONFLICT.status())
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problem.of(ProblemType.CONFLICT,
                        "The resource was changed by another request at the same time; read it again and retry.",
                        request.getRequestURI(), List.of()));
    }

    /** A database constraint that no adapter translated: still the client's conflict, never a 500, never the SQL. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrityViolation(DataIntegrityViolationException e, HttpServletRequest request) {
        // No stack trace: the driver's message carries the row's values, which may be patient data.
        log.warn("Untranslated constraint violation on {} {}: {}", request.getMethod(), request.getRequestURI(),
                e.getMostSpecificCause().getClass().getSimpleName());
        return Problem.answer(ProblemType.CONFLICT, "The request conflicts with data already stored.", request, List.of());
    }

    /** The database cannot be reached (or gives no connection in time): the client may retry later. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<Object> databaseUnavailable(Exception e, HttpServletRequest request) {
        log.error("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getClass().getSimpleName());
        return ResponseEntity.status(ProblemType.SERVICE_UNAVAILABLE.status())
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .body(Problem.of(ProblemType.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL,
                        request.getRequestURI(), List.of()));
    }

    /** A query string that is not percent-encoded UTF-8: the client's mistake, so no stack trace and no raw bytes. */
    @ExceptionHandler(UnreadableParametersException.class)
    ResponseEntity<Object> unreadableParameters(UnreadableParametersException e, HttpServletRequest request) {
        log.debug("Unreadable parameters {} on {} {}", e.parameters(), request.getMethod(), request.getRequestURI());
        List<FieldError> errors = e.parameters().stream()
                .map(parameter -> new FieldError(parameter, "must be percent-encoded UTF-8"))
                .toList();
        return Problem.answer(ProblemType.INVALID_REQUEST, "The request is not valid.", request, errors);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e, request);
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return Problem.answer(ProblemType.INTERNAL_ERROR, "Something went wrong on our side; it has been logged.", request, List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return invalid(request, fieldErrors(e.getBindingResult()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            String parameter = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof org.springframework.validation.FieldError fieldError ? fieldError.getField() : parameter;
                errors.add(new FieldError(field, error.getDefaultMessage()));
            }
        }
        return invalid(request, errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return invalid(request, List.of(describeUnreadableBody(e)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return invalid(request, List.of(new FieldError(e.getParameterName(), "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        String expected = e.getRequiredType() == null ? "a different type" : describe(e.getRequiredType());
        return invalid(request, List.of(new FieldError(name, "must be " + expected)));
    }

    /** Everything else Spring MVC reports (405, 406, 415, 404 for unknown paths ...): same shape, our type URIs. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ProblemType type = ProblemType.forStatus(status.value());
        String detail = body instanceof ProblemDetail spring && spring.getDetail() != null ? spring.getDetail() : type.title();
        Problem problem = Problem.of(type, detail, path(request), List.of());
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private ResponseEntity<Object> invalid(WebRequest request, List<FieldError> errors) {
        Problem problem = Problem.of(ProblemType.INVALID_REQUEST, "The request is not valid.", path(request), errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "/";
    }

    private static List<FieldError> fieldErrors(BindingResult result) {
        List<FieldError> errors = new ArrayList<>();
        result.getFieldErrors().forEach(error -> errors.add(new FieldError(error.getField(), fieldMessage(error))));
        result.getGlobalErrors().forEach(error -> errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
        return errors;
    }

    /** A query parameter of the wrong type fails binding with a library message; say it plainly instead. */
    private static String fieldMessage(org.springframework.validation.FieldError error) {
        return error.isBindingFailure() ? "has the wrong type" : error.getDefaultMessage();
    }

    private static FieldError describeUnreadableBody(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                String field = jsonPath(jackson.getPath());
                if (jackson instanceof UnrecognizedPropertyException) {
                    return new FieldError(field, "is not a property of this request (unknown or read-only)");
                }
                if (jackson instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
                    return new FieldError(field, "must be " + describe(invalid.getTargetType()));
                }
                return new FieldError(field, "has the wrong type");
            }
        }
        return new FieldError("body", "must be a well-formed JSON document");
    }

    private static String jsonPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "a UUID";
            case "Instant" -> "an ISO-8601 instant such as 2026-11-21T10:15:30Z";
            case "LocalDate" -> "a date such as 2026-11-21";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            case "BigDecimal" -> "a decimal number";
            default -> "a valid " + type.getSimpleName();
        };
    }
}
