package dev.careshop.bootstrap.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The bearer token of a request, from its one {@code Authorization} header, read once. Every request passes here, so
 * the header is fetched a single time (each fetch goes through the firewall's validation of header values) and the
 * token's characters are checked by a loop over RFC 6750's {@code b64token} alphabet instead of a regular expression;
 * what it accepts and refuses is what Spring's {@code DefaultBearerTokenResolver} accepts and refuses.
 * <p>
 * The login is how a client replaces an expired token, so it never looks at the token it may still send: a client
 * that attaches its last token to every request would otherwise be refused (401) at the one place that helps it. Two
 * Authorization headers are refused rather than one of them chosen: which one a proxy or a server would take is
 * anybody's guess.
 */
final class AuthorizationHeaderTokenResolver implements BearerTokenResolver {

    private static final String SCHEME = "Bearer";

    private final RequestMatcher login = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/auth/token");

    @Override
    public String resolve(HttpServletRequest request) {
        Enumeration<String> headers = request.getHeaders(HttpHeaders.AUTHORIZATION);
        if (headers == null || !headers.hasMoreElements()) {
            return null;
        }
        String authorization = headers.nextElement();
        if (login.matches(request)) {
            return null;
        }
        if (headers.hasMoreElements()) {
            throw new InvalidBearerTokenException("A request carries one Authorization header");
        }
        if (!authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        if (authorization.length() < SCHEME.length() + 2 || authorization.charAt(SCHEME.length()) != ' '
                || !isB64Token(authorization, SCHEME.length() + 1)) {
            throw new InvalidBearerTokenException("Bearer token is malformed");
        }
        return authorization.substring(SCHEME.length() + 1);
    }

    /** {@code 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="} from {@code from} to the end. */
    private static boolean isB64Token(String value, int from) {
        int end = value.length();
        while (end > from && value.charAt(end - 1) == '=') {
            end--;
        }
        if (end == from) {
            return false;
        }
        for (int i = from; i < end; i++) {
            char c = value.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
