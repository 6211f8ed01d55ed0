package dev.careshop.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * What the end-to-end tests expect of an error answer: an RFC 9457 problem served as {@code application/problem+json}
 * (docs/errors.md) that betrays no implementation detail. Every problem matcher here includes {@link #noLeak()}.
 */
public final class ProblemExpectations {

    /** The common start of every problem {@code type}. */
    public static final String PROBLEM_TYPES = "https://careshop.dev/problems/";

    /** Text that would betray an implementation detail (an exception, a package, SQL, a stack frame) to a client. */
    private static final String[] LEAKS = {"Exception", "org.", "SQL", "at dev.", "java.", "tools.jackson"};

    private ProblemExpectations() {
    }

    /** Every one of {@code matchers}, in order, as one matcher (Spring 7 dropped {@code ResultMatcher.matchAll}). */
    public static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }

    /** The status, with the request and the response body in the failure message. */
    public static ResultMatcher statusWithBody(int status) {
        return result -> assertThat(result.getResponse().getStatus())
                .as("status of %s %s answering %s", result.getRequest().getMethod(), result.getRequest().getRequestURI(),
                        result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(status);
    }

    /** A problem of this status with all its members: type, title, status, detail and instance. */
    public static ResultMatcher problem(int status) {
        return all(
                statusWithBody(status),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.type").isString(),
                jsonPath("$.title").isString(),
                jsonPath("$.title").isNotEmpty(),
                jsonPath("$.status").value(status),
                jsonPath("$.detail").isString(),
                jsonPath("$.detail").isNotEmpty(),
                jsonPath("$.instance").isString(),
                noLeak());
    }

    /** A problem of this status whose type is {@code https://careshop.dev/problems/{type}}. */
    public static ResultMatcher problem(int status, String type) {
        return all(problem(status), jsonPath("$.type").value(PROBLEM_TYPES + type));
    }

    /** A problem of this status and type about {@code instance} (the request's path). */
    public static ResultMatcher problem(int status, String type, String instance) {
        return all(problem(status, type), jsonPath("$.instance").value(instance));
    }

    /** A 404 not-found problem. */
    public static ResultMatcher notFound() {
        return problem(404, "not-found");
    }

    /** A 409 conflict problem. */
    public static ResultMatcher conflict() {
        return problem(409, "conflict");
    }

    /** A 409 conflict problem about {@code instance} whose first error names {@code field} (the value already taken), with a message. */
    public static ResultMatcher conflict(String instance, String field) {
        return all(problem(409, "conflict", instance),
                jsonPath("$.errors[0].field").value(field),
                jsonPath("$.errors[0].message").isNotEmpty());
    }

    /** A 400 invalid-request problem whose {@code errors} name {@code field}, each error with a message. */
    public static ResultMatcher invalid(String field) {
        return all(
                problem(400, "invalid-request"),
                jsonPath("$.errors").isArray(),
                jsonPath("$.errors[*].field", hasItem(field)),
                jsonPath("$.errors[*].message", everyItem(not(emptyOrNullString()))));
    }

    /** {@link #invalid(String)}, about {@code instance}. */
    public static ResultMatcher invalid(String instance, String field) {
        return all(invalid(field), jsonPath("$.instance").value(instance));
    }

    /** A 400 invalid-request problem about {@code instance} with at least one entry in {@code errors}. */
    public static ResultMatcher invalidWithErrors(String instance) {
        return all(
                problem(400, "invalid-request", instance),
                jsonPath("$.errors[0].field").isNotEmpty(),
                jsonPath("$.errors[0].message").isNotEmpty());
    }

    /** Any 4xx answer, served as {@code application/problem+json}, that leaks nothing. */
    public static ResultMatcher clientErrorProblem() {
        return all(
                result -> assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI())
                        .isBetween(400, 499),
                result -> assertThat(result.getResponse().getContentType()).contains("application/problem+json"),
                noLeak());
    }

    /** Either 200 with an empty page, or a 400 problem about {@code instance} naming {@code field}. */
    public static ResultMatcher emptyPageOrInvalid(String instance, String field) {
        return result -> {
            assertThat(result.getResponse().getStatus())
                    .as("status of %s %s answering %s", result.getRequest().getMethod(), result.getRequest().getRequestURI(),
                            result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .isIn(200, 400);
            if (result.getResponse().getStatus() == 200) {
                jsonPath("$.content", empty()).match(result);
            } else {
                invalid(instance, field).match(result);
            }
        };
    }

    /** Either 201, or a 400 problem about {@code instance} naming {@code field}. */
    public static ResultMatcher createdOrInvalid(String instance, String field) {
        return result -> {
            assertThat(result.getResponse().getStatus())
                    .as("status, answering %s", result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .isIn(201, 400);
            if (result.getResponse().getStatus() == 400) {
                invalid(instance, field).match(result);
            }
        };
    }

    /** The response body names no exception, no Java package, no SQL and no stack frame. */
    public static ResultMatcher noLeak() {
        return result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("response body of %s %s", result.getRequest().getMethod(), result.getRequest().getRequestURI())
                .doesNotContain(LEAKS);
    }

    /** {@link #noLeak()} for a body read without MockMvc (over the real port). */
    public static void assertNoLeak(String body) {
        assertThat(body).as("response body").doesNotContain(LEAKS);
    }

    /** A problem's body without its {@code traceId}, which names the request and so differs between any two. */
    public static String withoutTraceId(String problem) {
        return problem.replaceAll(",?\\s*\"traceId\"\\s*:\\s*\"[0-9a-f]*\"", "");
    }
}
