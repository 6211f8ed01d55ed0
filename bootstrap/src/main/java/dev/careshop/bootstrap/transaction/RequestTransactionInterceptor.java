package dev.careshop.bootstrap.transaction;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.TransactionStatus;

/**
 * Around every use case, outside the use-case transaction interceptor: the request's first use case takes the open
 * {@link RequestTransaction}, so the use-case interceptor inside joins it, and ends it when the use case is done.
 * Any later use case of the same request, and every use case outside a request, gets its own transaction as usual.
 */
class RequestTransactionInterceptor implements MethodInterceptor {

    private final ObjectProvider<RequestTransaction> requestTransactions;
    private volatile RequestTransaction requestTransaction;

    /** Looked up on first use, like the use-case interceptor's transaction manager: advisors are created early. */
    RequestTransactionInterceptor(ObjectProvider<RequestTransaction> requestTransactions) {
        this.requestTransactions = requestTransactions;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        RequestTransaction requestTransaction = requestTransaction();
        TransactionStatus open = requestTransaction.take();
        if (open == null) {
            return invocation.proceed();
        }
        Object result;
        try {
            result = invocation.proceed();
        } catch (Throwable failure) {
            requestTransaction.rollback(open);
            throw failure;
        }
        requestTransaction.commit(open);
        return result;
    }

    private RequestTransaction requestTransaction() {
        RequestTransaction resolved = requestTransaction;
        if (resolved == null) {
            resolved = requestTransactions.getObject();
            requestTransaction = resolved;
        }
        return resolved;
    }
}
