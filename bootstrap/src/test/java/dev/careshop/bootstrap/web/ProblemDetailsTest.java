package dev.careshop.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Failures that Spring MVC itself detects come out in the same problem shape as the domain's. */
class ProblemDetailsTest extends HttpTest {

    @Test
    void unknownPathIsANotFoundProblem() throws Exception {
        expectProblem(mvc.perform(get("/api/nothing-here")), 404, "not-found");
    }

    @Test
    void unsupportedMethodIsAMethodNotAllowedProblem() throws Exception {
        expectProblem(mvc.perform(patch("/api/patients")), 405, "method-not-allowed");
        expectProblem(mvc.perform(delete("/api/patients")), 405, "method-not-allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {MediaType.APPLICATION_XML_VALUE, MediaType.APPLICATION_YAML_VALUE})
    void askingForAnotherRepresentationIsANotAcceptableProblem(String representation) throws Exception {
        expectProblem(mvc.perform(get("/api/patients").header(HttpHeaders.ACCEPT, representation)), 406,
                "not-acceptable");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/plain       | Ada",
        // Jackson 2's YAML, which a library brings along, would read it without the checks JSON bodies get
        "application/yaml | {name: A, name: B, specialization: C}",
    })
    void bodyThatIsNotJsonIsAnUnsupportedMediaTypeProblem(String contentType, String body) throws Exception {
        expectProblem(mvc.perform(post("/api/doctors").contentType(contentType).content(body)), 415,
                "unsupported-media-type");
    }

    @Test
    void emptyBodyIsAnInvalidRequest() throws Exception {
        expectProblem(mvc.perform(post("/api/doctors").contentType(MediaType.APPLICATION_JSON)), 400, "invalid-request")
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void trailingGarbageAfterTheJsonIsAnInvalidRequest() throws Exception {
        expectProblem(mvc.perform(post("/api/doctors").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"A\", \"specialization\": \"B\"} {}")), 400, "invalid-request");
    }

    @Test
    void aPropertyNamedTwiceIsAnInvalidRequestNotTheLastOneWinning() throws Exception {
        expectProblem(mvc.perform(post("/api/doctors").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"A\", \"name\": \"B\", \"specialization\": \"C\"}")), 400, "invalid-request");
        expectProblem(mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON)
                .content("{\"metadata\": {\"k\": 1, \"k\": 2}}")), 400, "invalid-request");
    }

    @Test
    void numberWhereTextIsExpectedIsAWrongTypeNotACoercion() throws Exception {
        expectProblem(mvc.perform(post("/api/doctors").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": 42, \"specialization\": \"B\"}")), 400, "invalid-request")
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void membersComeInTheOrderOfRfc9457() throws Exception {
        String body = mvc.perform(get("/api/nothing-here")).andReturn().getResponse().getContentAsString();

        assertThat(body).startsWith("{\"type\":").containsSubsequence("\"type\"", "\"title\"", "\"status\"", "\"detail\"", "\"instance\"");
    }

    @Test
    void problemsNeverLeakInternals() throws Exception {
        String body = mvc.perform(post("/api/appointments").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"patientId\": \"not-a-uuid\", \"doctorId\": [1], \"startsAt\": {}}"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("Exception", "jackson", "org.", "java.", "at dev.");
    }

    private ResultActions expectProblem(ResultActions result, int status, String type) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://careshop.dev/problems/" + type))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.instance").isNotEmpty());
    }
}
