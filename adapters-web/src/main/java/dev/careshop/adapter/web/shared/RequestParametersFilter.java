package dev.careshop.adapter.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Reads the request's parameters before anything else does, so that a query string that is not percent-encoded UTF-8
 * ({@code ?q=%FF}, {@code ?q=%}, an encoded surrogate ...) is a 400 problem rather than a 500.
 * <p>
 * Since Servlet 6.1 (Tomcat 11) {@code getParameter*} throws an {@link IllegalStateException} when the parameters
 * cannot be parsed, instead of silently dropping them. Left alone, that exception surfaces wherever the parameters are
 * first read, usually while Spring MVC binds a {@code @RequestParam}, and is indistinguishable there from a bug.
 * Here it can only mean "the client's parameters are unreadable", whichever the container. The answer is written by
 * {@link ProblemDetailsAdvice}, reached through Spring MVC's exception resolvers, so the problem has the usual shape.
 * <p>
 * Runs right after the character-encoding and observation filters, before any filter that may read parameters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestParametersFilter extends OncePerRequestFilter {

    private final HandlerExceptionResolver exceptionResolver;

    RequestParametersFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver) {
        this.exceptionResolver = exceptionResolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException e) {
            UnreadableParametersException unreadable = UnreadableParametersException.of(request.getQueryString());
            if (exceptionResolver.resolveException(request, response, null, unreadable) == null) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
