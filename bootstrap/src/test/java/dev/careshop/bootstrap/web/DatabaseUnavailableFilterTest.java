package dev.careshop.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.databind.json.JsonMapper;

/** Whatever filter fails to reach the database, the client gets the 503 problem that Spring MVC's advice gives. */
class DatabaseUnavailableFilterTest {

    private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(new ProblemWriter(JsonMapper.builder().build()));

    private MockHttpServletResponse serve(RuntimeException failure) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/patients");
        request.setRequestURI("/api/patients");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() { }, (req, res, chain) -> {
            throw failure;
        }));
        return response;
    }

    @Test
    void noConnectionInAFilterIsA503ProblemWithRetryAfter() throws Exception {
        MockHttpServletResponse response = serve(new CannotCreateTransactionException("no connection",
                new RuntimeException("Connection refused")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"type\":\"https://careshop.dev/problems/service-unavailable\"")
                .contains("\"instance\":\"/api/patients\"")
                .doesNotContain("Connection refused");
    }

    @Test
    void aLostConnectionUnderAnotherExceptionToo() throws Exception {
        MockHttpServletResponse response = serve(new IllegalStateException("wrapped",
                new DataAccessResourceFailureException("connection lost")));

        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void anyOtherFailureIsLeftToTheErrorHandling() {
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> serve(new IllegalStateException("bug")));
    }
}
