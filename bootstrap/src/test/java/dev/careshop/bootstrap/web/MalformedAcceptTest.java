package dev.careshop.bootstrap.web;

import static dev.careshop.bootstrap.support.Auth.anonymous;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.careshop.bootstrap.support.HttpTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;

/**
 * A malformed {@code Accept} is a 400 problem on every kind of request, before anything else is judged: an answer
 * whose negotiation failed used to go out as an empty 400, 404 or 415 (found by bench/faults/faults.py fuzz).
 */
class MalformedAcceptTest extends HttpTest {

    @ParameterizedTest(name = "{0} {1} with Accept: {2}")
    @CsvSource(delimiter = '|', value = {
            "GET  | /api/products/not-a-uuid | foo",
            "GET  | /api/patients            | é/é",
            "GET  | /api/orders/01a23d71-d12e-7d8b-a7c4-0f73d84f8418 | application/",
            "POST | /api/auth/token          | json",
            "GET  | /no/such/path            | text/",
            "GET  | /api/patients?q=%ED%A0%80 | é/é",
    })
    void isA400Problem(String method, String path, String accept) throws Exception {
        mvc.perform((method.equals("GET") ? get(path) : post(path)).header(HttpHeaders.ACCEPT, accept))
                .andExpect(problem(400, "invalid-request"));
        mvc.perform((method.equals("GET") ? get(path) : post(path)).header(HttpHeaders.ACCEPT, accept).with(anonymous()))
                .andExpect(problem(400, "invalid-request"));
    }
}
