package dev.careshop.bootstrap.security;

import dev.careshop.adapter.web.identity.login.LoginRefusedException;
import dev.careshop.adapter.web.shared.ProblemType;
import dev.careshop.bootstrap.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrorCodes;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 401 and 403 that the security filters answer before Spring MVC is reached, as the same problem details as every
 * other error. Neither says why a token was refused beyond "missing" or "invalid or expired": a client can do nothing
 * else with the difference, and an attacker learns nothing from it.
 */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    /** The methods Spring Security's firewall lets through (StrictHttpFirewall's default); it refuses all others. */
    private static final List<String> FIREWALL_METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final ProblemWriter problems;

    SecurityProblems(JsonMapper jsonMapper) {
        this.problems = new ProblemWriter(jsonMapper);
    }

    /** No token, or one that is not valid (bad signature, wrong algorithm, expired, unknown issuer ...). */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // A token the decoder refused (InvalidBearerTokenException), or one whose characters no bearer token may
        // contain, which the resolver refuses before decoding: both are RFC 6750's invalid_token.
        boolean tokenSent = e instanceof OAuth2AuthenticationException refused
                && BearerTokenErrorCodes.INVALID_TOKEN.equals(refused.getError().getErrorCode());
        // RFC 6750 §3: the challenge names the scheme, and an error code only when a token was sent.
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenSent
                ? LoginRefusedException.CHALLENGE + ", error=\"invalid_token\""
                : LoginRefusedException.CHALLENGE);
        write(response, request, ProblemType.UNAUTHORIZED, tokenSent
                ? "The access token is invalid or has expired, or its user may no longer sign in; log in again at "
                        + "POST /api/auth/token."
                : "This operation needs an access token: log in at POST /api/auth/token and send it as "
                        + "'Authorization: Bearer <token>'.");
    }

    /** A valid token whose role may not do this. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(response, request, ProblemType.FORBIDDEN, "Your role may not do this.");
    }

    /**
     * A request the firewall refuses before any rule is applied. A method outside the API's (TRACE, CONNECT, a made-up
     * one) is a 405 like any other unsupported method; anything else (a {@code ;}, an encoded slash or a {@code ..}
     * segment in the path ...) is a malformed request, and like Tomcat's own refusals (ProblemErrorReportValve) the
     * answer does not repeat the path, which may be what is wrong.
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e) throws IOException {
        if (!FIREWALL_METHODS.contains(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, String.join(", ", FIREWALL_METHODS));
            write(response, request, ProblemType.METHOD_NOT_ALLOWED, "The API does not answer this method.");
            return;
        }
        problems.writeWithoutPath(response, request, ProblemType.INVALID_REQUEST, "The request line or headers are malformed.");
    }

    private void write(HttpServletResponse response, HttpServletRequest request, ProblemType type, String detail)
            throws IOException {
        problems.write(response, request, type, detail);
    }
}
