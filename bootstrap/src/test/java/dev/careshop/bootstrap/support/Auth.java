package dev.careshop.bootstrap.support;

import dev.careshop.application.identity.login.port.in.LogInCommand;
import dev.careshop.application.identity.login.port.in.LogInUseCase;
import dev.careshop.application.identity.login.port.in.LoginOutcome;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Who the end-to-end tests are: the one helper that authenticates them. Every MockMvc request is sent as the
 * administrator the test run starts with (administrators may do everything, so the tests of what an endpoint does
 * are not about who may call it), unless the request says otherwise with {@link #anonymous()} or {@link #as(String)}.
 * Real-port tests add {@link #adminBearer()} themselves. Tokens come from the real login use case.
 */
@Configuration(proxyBeanMethods = false)
public class Auth {

    /** The test run's signing key and first administrator's password (set as properties by {@link HttpTest}). */
    public static final String JWT_SECRET = "careshop-test-suite-signing-key-0123456789abcdef";
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "Test-Admin-Password-42";

    /** A token is reused for this long, well inside its 15 minutes. */
    private static final Duration REUSE = Duration.ofMinutes(5);

    private final LogInUseCase logIn;
    private volatile String adminToken;
    private volatile Instant adminTokenIssuedAt = Instant.MIN;

    Auth(LogInUseCase logIn) {
        this.logIn = logIn;
    }

    @Bean
    MockMvcBuilderCustomizer requestsAsAdministratorByDefault() {
        return builder -> builder.defaultRequest(get("/").with(request -> {
            if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
                request.addHeader(HttpHeaders.AUTHORIZATION, adminBearer());
            }
            return request;
        }));
    }

    /** A request with no credentials at all. */
    public static RequestPostProcessor anonymous() {
        return request -> {
            request.removeHeader(HttpHeaders.AUTHORIZATION);
            return request;
        };
    }

    /** A request with {@code token} as its bearer token. */
    public static RequestPostProcessor as(String token) {
        return request -> {
            request.removeHeader(HttpHeaders.AUTHORIZATION);
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }

    /** {@code Bearer <the administrator's token>}, for the Authorization header of a real-port request. */
    public String adminBearer() {
        return "Bearer " + adminToken();
    }

    public synchronized String adminToken() {
        if (adminToken == null || adminTokenIssuedAt.isBefore(Instant.now().minus(REUSE))) {
            adminToken = logIn(ADMIN_USERNAME, ADMIN_PASSWORD);
            adminTokenIssuedAt = Instant.now();
        }
        return adminToken;
    }

    /** Logs {@code login} in through the real use case and answers the token; fails the test if refused. */
    public String logIn(String login, String password) {
        LoginOutcome outcome = logIn.logIn(new LogInCommand(login, password));
        if (outcome instanceof LoginOutcome.Authenticated authenticated) {
            return authenticated.token().value();
        }
        throw new AssertionError("could not log in as " + login + ": " + outcome);
    }
}
