package dev.careshop.bootstrap.security;

import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.Auth;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.Identities.Identity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The methods around the mapped ones: HEAD goes wherever GET may, OPTIONS is open (it only lists the methods), and
 * TRACE is our 405 problem. A path nobody maps is a 404 for every signed-in user, whatever their role.
 */
@DisplayName("HEAD, OPTIONS, TRACE and unmapped paths")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpMethodsAccessTest extends HttpTest {

    private Identity customer;

    @BeforeAll
    void signIn() throws Exception {
        customer = identities().customer("methods");
    }

    @Test
    void headIsAllowedWhereverGetIs() throws Exception {
        mvc.perform(head("/api/products").with(Auth.anonymous())).andExpect(status().isOk());
        mvc.perform(head("/api/users/me").with(Auth.as(customer.token()))).andExpect(status().isOk());
        mvc.perform(head("/api/patients")).andExpect(status().isOk());

        mvc.perform(head("/api/patients").with(Auth.as(customer.token()))).andExpect(status().isForbidden());
        mvc.perform(head("/api/patients").with(Auth.anonymous())).andExpect(status().isUnauthorized());
    }

    @Test
    void optionsListsTheMethodsOfAPathForAnyone() throws Exception {
        mvc.perform(options("/api/patients").with(Auth.anonymous()))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getHeader(HttpHeaders.ALLOW)).contains("GET", "POST"));
    }

    /** The firewall refuses TRACE before anyone is asked who is calling, so it is the same 405 for everyone. */
    @Test
    void traceIsAMethodNotAllowedProblemForEveryone() throws Exception {
        for (RequestPostProcessor who : List.of(Auth.anonymous(), Auth.as(customer.token()), Auth.as(auth.adminToken()))) {
            mvc.perform(request(HttpMethod.TRACE, "/api/users").with(who))
                    .andExpect(problem(405, "method-not-allowed"))
                    .andExpect(header().exists(HttpHeaders.ALLOW));
        }
    }

    /** On the real port too, where Tomcat sees the request first. */
    @Test
    void traceOnTheRealPortIsTheSameProblem() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/users"))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(answer.body()).contains("https://careshop.dev/problems/method-not-allowed");
    }

    @Test
    void aPathNobodyMapsIsNotFoundForEverySignedInUser() throws Exception {
        mvc.perform(get("/api/invoices").with(Auth.as(customer.token()))).andExpect(problem(404, "not-found"));
        mvc.perform(get("/api/invoices")).andExpect(problem(404, "not-found"));
        mvc.perform(get("/api/invoices").with(Auth.anonymous())).andExpect(problem(401, "unauthorized"));
    }
}
