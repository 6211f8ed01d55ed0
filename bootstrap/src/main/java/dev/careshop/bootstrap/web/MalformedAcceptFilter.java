package dev.careshop.bootstrap.web;

import dev.careshop.adapter.web.shared.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An {@code Accept} header that is not a list of media types ({@code foo}, {@code é/é}) is the client's mistake, a
 * 400 problem. Left to Spring MVC, it would fail the content negotiation of the answer itself, error answers included,
 * which then went out with no body at all.
 */
public class MalformedAcceptFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;

    public MalformedAcceptFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        } catch (InvalidMediaTypeException malformed) {
            problems.write(response, request, ProblemType.INVALID_REQUEST,
                    "The Accept header is not a list of media types; send application/json, text/csv or */*.");
            return;
        }
        chain.doFilter(request, response);
    }
}
