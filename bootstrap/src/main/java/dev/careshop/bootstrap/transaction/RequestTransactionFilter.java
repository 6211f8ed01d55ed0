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
        requestTransaction.serve(hasNoBody(request) && !hasIdempotencyKey(request), () -> chain.doFilter(request, response));
    }

    /**
     * A request with an idempotency key gets its transaction from IdempotencyFilter instead, which keeps it open past
     * the use case to store the answer with the effect.
     */
    private static boolean hasIdempotencyKey(HttpServletRequest request) {
        return request.getHeader("Idempotency-Key") != null;
    }

    private static boolean hasNoBody(HttpServletRequest request) {
        return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
    }
}
