package dev.careshop.bootstrap.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the signed-in user's id into the logging context ({@code userId}, next to Spring Boot's {@code traceId} and
 * {@code spanId}) for the rest of the request, once the token has named them. Only the id: never a username, an
 * e-mail address or the token, which the log must not hold.
 */
final class ActorLogContextFilter extends OncePerRequestFilter {

    static final String USER_ID = "userId";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof ActorAuthentication actor)) {
            chain.doFilter(request, response);
            return;
        }
        MDC.put(USER_ID, actor.getName());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(USER_ID);
        }
    }
}
