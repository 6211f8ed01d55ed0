package dev.careshop.bootstrap.transaction;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Around the security filters and everything after them: says whether the request may have a request transaction
 * (only without a body) and, whatever happens, rolls back one that no use case took, so no connection stays bound to
 * the thread.
 */
class RequestTransactionFilter extends OncePerRequestFilter {

    private final RequestTransaction requestTransaction;

    RequestTransactionFilter(RequestTransaction requestTransaction) {
        this.requestTransaction = requestTransaction;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        requestTransaction.serve(hasNoBody(request), () -> chain.doFilter(request, response));
    }

    private static boolean hasNoBody(HttpServletRequest request) {
        return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
    }
}
