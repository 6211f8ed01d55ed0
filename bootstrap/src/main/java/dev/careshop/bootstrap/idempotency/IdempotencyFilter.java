package dev.careshop.bootstrap.idempotency;

import dev.careshop.adapter.web.shared.ProblemType;
import dev.careshop.application.idempotency.port.in.Claim;
import dev.careshop.application.idempotency.port.in.IdempotencyKey;
import dev.careshop.application.idempotency.port.in.IdempotentRequestsUseCase;
import dev.careshop.application.idempotency.port.in.StoredResponse;
import dev.careshop.bootstrap.web.ProblemWriter;
import dev.careshop.domain.identity.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on every {@code POST} of the API but logging in, with Stripe's semantics. Runs after the
 * security filters, so a key belongs to the signed-in user.
 * <p>
 * The request's own transaction begins here, after its body has been read: the key is claimed in it (a lock, then the
 * stored answer if any), the use case joins it, and the answer, buffered meanwhile, is stored in it just before it
 * commits. So the answer is kept exactly when the effect is, and the client receives it only after both are committed.
 * Which answers are kept: successes, and the domain's refusals that the same request would meet again (402 declined,
 * 409 out of stock or a clash). Refusals of the request itself (400, 404, 422 ...) are not: the client may fix it and
 * retry with the same key; nor are passing refusals, those with a {@code Retry-After} (409 for a concurrent update). A refusal that the use case threw rolled its changes back; its answer is then stored in a
 * transaction of its own.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    private static final String HEADER = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";
    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION,
            HttpHeaders.ETAG);
    private static final TransactionDefinition REQUEST_TRANSACTION = named("idempotent request");

    private final Supplier<IdempotentRequestsUseCase> requests;
    private final PlatformTransactionManager transactions;
    private final ProblemWriter problems;

    /**
     * The use case is looked up on first use: filters are made while the web server starts, before the persistence
     * layer (built on a second thread) is ready.
     */
    IdempotencyFilter(Supplier<IdempotentRequestsUseCase> requests, PlatformTransactionManager transactions,
                      ProblemWriter problems) {
        this.requests = SingletonSupplier.of(requests);
        this.transactions = transactions;
        this.problems = problems;
    }

    /** Applies to the POSTs that send the header; logging in is exempt (a retry simply logs in again). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !path.startsWith("/api/") || path.startsWith("/api/auth/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String value = request.getHeader(HEADER);
        if (countHeaders(request) > 1) {
            problems.write(response, request, ProblemType.INVALID_REQUEST, "Send one Idempotency-Key header, not several.");
            return;
        }
        if (!IdempotencyKey.isWellFormed(value)) {
            problems.write(response, request, ProblemType.INVALID_REQUEST,
                    "The Idempotency-Key header must be 1 to 255 printable ASCII characters.");
            return;
        }
        IdempotencyKey key = new IdempotencyKey(signedInUser(), value);
        BufferedBodyRequest buffered = BufferedBodyRequest.of(request);
        String fingerprint = RequestFingerprint.of(request.getMethod(), request.getRequestURI(), request.getQueryString(),
                buffered.body());

        TransactionStatus transaction = transactions.getTransaction(REQUEST_TRANSACTION);
        try {
            Claim claim = requests.get().claim(key, fingerprint);
            if (claim instanceof Claim.Run) {
                run(buffered, response, chain, key, fingerprint, transaction);
            } else if (claim instanceof Claim.Replay replay) {
                replay(response, replay.response());
            } else if (claim instanceof Claim.InFlight) {
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                problems.write(response, request, ProblemType.IDEMPOTENCY_KEY_IN_USE,
                        "A request with this Idempotency-Key is still running; retry it in a moment to get its answer.");
            } else {
                problems.write(response, request, ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was used for another request (method, path or body) within 24 hours; "
                                + "use a new key for a new request.");
            }
        } finally {
            if (!transaction.isCompleted()) {
                transactions.rollback(transaction);
            }
        }
    }

    private void run(BufferedBodyRequest request, HttpServletResponse response, FilterChain chain, IdempotencyKey key,
                     String fingerprint, TransactionStatus transaction) throws IOException, ServletException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        boolean kept = isKept(answer.getStatus(), answer.getHeader(HttpHeaders.RETRY_AFTER) != null);
        if (transaction.isRollbackOnly()) {
            transactions.rollback(transaction);
            if (kept) {
                rememberAlone(key, fingerprint, stored(answer));
            }
        } else {
            if (kept) {
                requests.get().remember(key, fingerprint, stored(answer));
            }
            transactions.commit(transaction);
        }
        answer.copyBodyToResponse();
    }

    /** The use case threw and its transaction rolled back; unless a retry has taken the key meanwhile, keep the answer. */
    private void rememberAlone(IdempotencyKey key, String fingerprint, StoredResponse response) {
        new TransactionTemplate(transactions, REQUEST_TRANSACTION).executeWithoutResult(status -> {
            if (requests.get().claim(key, fingerprint) instanceof Claim.Run) {
                requests.get().remember(key, fingerprint, response);
            }
        });
    }

    private static boolean isKept(int status, boolean passing) {
        return status / 100 == 2 || status == 402 || status == 409 && !passing;
    }

    private static StoredResponse stored(ContentCachingResponseWrapper answer) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String header = answer.getHeader(name);
            if (header != null) {
                headers.put(name, header);
            }
        }
        return new StoredResponse(answer.getStatus(), headers, answer.getContentAsByteArray());
    }

    private static void replay(HttpServletResponse response, StoredResponse stored) throws IOException {
        response.setStatus(stored.status());
        stored.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED, "true");
        byte[] body = stored.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static int countHeaders(HttpServletRequest request) {
        int count = 0;
        for (var headers = request.getHeaders(HEADER); headers.hasMoreElements(); headers.nextElement()) {
            count++;
        }
        return count;
    }

    private static UUID signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Actor actor ? actor.userId().value() : null;
    }

    private static TransactionDefinition named(String name) {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setName(name);
        return definition;
    }
}
