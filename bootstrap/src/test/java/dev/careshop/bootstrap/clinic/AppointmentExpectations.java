package dev.careshop.bootstrap.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What the appointment and prescription tests expect of every response, and small request helpers. */
final class AppointmentExpectations {

    /** Text that would betray an implementation detail (a stack trace, a class name, SQL) to a client. */
    static final String[] LEAKS = {"Exception", "org.", "SQL"};

    private AppointmentExpectations() {
    }

    /** Every matcher, in order (Spring 7 dropped {@code ResultMatcher.matchAll}). */
    static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }

    static MockHttpServletRequestBuilder postJson(String path, String json) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    /** No response body ever carries an exception name, a package name or SQL. */
    static ResultMatcher noLeak() {
        return result -> assertNoLeak(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static void assertNoLeak(String body) {
        for (String leak : LEAKS) {
            assertThat(body).as("response body must not contain '%s'", leak).doesNotContain(leak);
        }
    }

    /** An RFC 9457 problem of this status, served as application/problem+json with all its members. */
    static ResultMatcher problem(int status) {
        return all(
                status().is(status),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.type").isString(),
                jsonPath("$.title").isString(),
                jsonPath("$.status").value(status),
                jsonPath("$.detail").isString(),
                jsonPath("$.instance").isString(),
                noLeak());
    }

    static ResultMatcher problem(int status, String typeSuffix) {
        return all(problem(status), jsonPath("$.type", endsWith(typeSuffix)));
    }

    /** A 400 whose {@code errors} name {@code field}. */
    static ResultMatcher invalid(String field) {
        return all(problem(400, "invalid-request"), jsonPath("$.errors[*].field", hasItem(field)));
    }

    static ResultMatcher notFound() {
        return problem(404, "not-found");
    }

    static ResultMatcher conflict() {
        return problem(409, "conflict");
    }

    static String body(ResultActions actions) throws Exception {
        return body(actions.andReturn());
    }

    static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static <T> T read(String json, String path) {
        return JsonPath.read(json, path);
    }

    static UUID id(String json) {
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    static Instant instant(String json, String path) {
        return Instant.parse(JsonPath.read(json, path));
    }

    static long version(String json) {
        return ((Number) JsonPath.read(json, "$.version")).longValue();
    }

    static String chars(int length) {
        return "x".repeat(length);
    }
}
