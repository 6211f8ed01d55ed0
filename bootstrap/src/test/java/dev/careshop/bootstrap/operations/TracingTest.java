package dev.careshop.bootstrap.operations;

import static dev.careshop.bootstrap.support.Json.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.Auth;
import dev.careshop.bootstrap.support.HttpTest;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * W3C trace context through the API: a caller's {@code traceparent} is continued, every answer names its trace in a
 * {@code traceparent} of its own, and every problem carries the trace id, whichever layer wrote it.
 */
class TracingTest extends HttpTest {

    private static final String CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_PARENT = "00-" + CALLER_TRACE + "-00f067aa0ba902b7-01";
    private static final Pattern TRACEPARENT = Pattern.compile("^00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]$");

    @Test
    void theCallersTraceIsContinuedAndAnsweredWithTheServicesOwnSpan() throws Exception {
        MvcResult result = mvc.perform(get("/api/users/me").header("traceparent", CALLER_PARENT))
                .andExpect(status().isOk()).andReturn();

        Matcher answered = traceparent(result);
        assertThat(answered.group(1)).as("the same trace").isEqualTo(CALLER_TRACE);
        assertThat(answered.group(2)).as("the service's own span of it").isNotEqualTo("00f067aa0ba902b7");
    }

    @Test
    void withoutATraceparentEachRequestBeginsATraceOfItsOwn() throws Exception {
        String first = traceparent(mvc.perform(get("/api/users/me")).andReturn()).group(1);
        String second = traceparent(mvc.perform(get("/api/users/me")).andReturn()).group(1);

        assertThat(first).isNotEqualTo(second).isNotEqualTo("0".repeat(32));
    }

    @Test
    void aProblemFromTheApiNamesTheTrace() throws Exception {
        MvcResult notFound = mvc.perform(get("/api/patients/" + UUID.randomUUID()).header("traceparent", CALLER_PARENT))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.traceId").value(CALLER_TRACE))
                .andReturn();
        assertThat(traceparent(notFound).group(1)).isEqualTo(CALLER_TRACE);

        mvc.perform(postJson("/api/patients", "{\"name\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors").isArray())
                .andExpect(jsonPath("$.traceId").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{32}")));
    }

    @Test
    void aProblemWrittenByAFilterNamesTheTraceToo() throws Exception {
        mvc.perform(get("/api/patients").with(Auth.anonymous()).header("traceparent", CALLER_PARENT))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.traceId").value(CALLER_TRACE));
        mvc.perform(get("/api/patients").header("Accept", "é/é").header("traceparent", CALLER_PARENT))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.traceId").value(CALLER_TRACE));
    }

    @Test
    void aMalformedTraceparentIsIgnoredNotRefused() throws Exception {
        MvcResult result = mvc.perform(get("/api/users/me").header("traceparent", "not-a-trace"))
                .andExpect(status().isOk()).andReturn();

        assertThat(traceparent(result).group(1)).isNotEqualTo(CALLER_TRACE);
    }

    private static Matcher traceparent(MvcResult result) {
        String header = result.getResponse().getHeader("traceparent");
        assertThat(header).as("traceparent answered").isNotNull();
        Matcher matcher = TRACEPARENT.matcher(header);
        assertThat(matcher.matches()).as("a W3C traceparent: %s", header).isTrue();
        return matcher;
    }
}
