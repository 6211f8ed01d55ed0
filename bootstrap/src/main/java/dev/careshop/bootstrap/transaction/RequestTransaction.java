package dev.careshop.bootstrap.transaction;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * One transaction for an authenticated request, instead of one to confirm the token's user and another for the use
 * case. The confirmation {@linkplain #begin begins} it and leaves it open; the request's first use case runs inside it
 * and commits it when it returns (or rolls it back when it throws), so the response is only written after the commit
 * and a use case is still one transaction. A request that reaches no use case (refused, invalid, not found) has its
 * transaction rolled back by {@link RequestTransactionFilter}; it only ever read the user.
 * <p>
 * Only requests without a body get one: between the token filter and the use case, a body is read from the network,
 * and a slow client must not hold a database connection meanwhile. Requests with a body keep the short transaction
 * of their own for the user's confirmation. The open transaction is held per thread: a request is served by one
 * thread from the token filter to the response.
 */
public class RequestTransaction {

    private static final ThreadLocal<TransactionStatus> OPEN = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> BODILESS_REQUEST = new ThreadLocal<>();

    private final PlatformTransactionManager transactions;
    private final TransactionDefinition definition;

    public RequestTransaction(PlatformTransactionManager transactions) {
        this.transactions = transactions;
        DefaultTransactionDefinition requestTransaction = new DefaultTransactionDefinition();
        requestTransaction.setName("request");
        this.definition = requestTransaction;
    }

    /**
     * Begins the request's transaction, runs {@code work} in it, and leaves it open for the request's use case; or,
     * for a request with a body (or outside a request), simply runs {@code work}, which then has its own transaction.
     */
    public <T> T begin(Supplier<T> work) {
        if (!Boolean.TRUE.equals(BODILESS_REQUEST.get())) {
            return work.get();
        }
        if (OPEN.get() != null) {
            throw new IllegalStateException("This thread's request transaction is already open");
        }
        TransactionStatus status = transactions.getTransaction(definition);
        try {
            T result = work.get();
            OPEN.set(status);
            return result;
        } catch (RuntimeException | Error failure) {
            transactions.rollback(status);
            throw failure;
        }
    }

    /** The open transaction, handed to the caller, who must end it; {@code null} when there is none. */
    TransactionStatus take() {
        TransactionStatus status = OPEN.get();
        OPEN.remove();
        return status;
    }

    void commit(TransactionStatus status) {
        transactions.commit(status);
    }

    void rollback(TransactionStatus status) {
        if (!status.isCompleted()) {
            transactions.rollback(status);
        }
    }

    /** Serves one request: a request transaction is allowed if it has no body, and ended if no use case took it. */
    void serve(boolean bodiless, ServletWork request) throws IOException, ServletException {
        BODILESS_REQUEST.set(bodiless);
        try {
            request.run();
        } finally {
            BODILESS_REQUEST.remove();
            TransactionStatus untaken = take();
            if (untaken != null) {
                rollback(untaken);
            }
        }
    }

    @FunctionalInterface
    interface ServletWork {
        void run() throws IOException, ServletException;
    }
}
