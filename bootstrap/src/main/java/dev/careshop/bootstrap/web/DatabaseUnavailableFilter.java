package dev.careshop.bootstrap.web;

import dev.careshop.adapter.web.shared.DatabaseUnavailable;
import dev.careshop.adapter.web.shared.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The database's absence as a 503 problem wherever it shows, not only in Spring MVC (whose advice answers the same):
 * the token's user is confirmed in the security filters, and requests with an idempotency key begin their
 * transaction in a filter, both before any controller. Outermost of the service's filters, so it sees all of them.
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ProblemWriter problems;

    public DatabaseUnavailableFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!DatabaseUnavailable.causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            log.error("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(),
                    failure.getClass().getSimpleName());
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
            problems.write(response, request, ProblemType.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL);
        }
    }
}
