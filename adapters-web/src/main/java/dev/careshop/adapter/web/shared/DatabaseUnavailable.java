package dev.careshop.adapter.web.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure to reach the database (answered 503, the client may retry) from any other failure. Spring's
 * translation names most such failures, but not all: a statement cut off by PostgreSQL shutting down
 * ({@code 57P01}) arrives as a generic JDBC exception, and the rollback that follows, which then replaces it, fails
 * on the connection the pool has meanwhile closed as broken (Hikari's "Connection is closed", without an SQL state).
 * So the causes are searched for the connection-level SQL states and for that closed connection too.
 */
public final class DatabaseUnavailable {

    /** The 503 problem's detail and Retry-After, the same whether Spring MVC's advice or a filter answers. */
    public static final String DETAIL = "The service cannot reach its database; retry shortly.";
    public static final String RETRY_AFTER_SECONDS = "5";

    /** What HikariCP's stand-in for a connection it has closed (as broken, or at shutdown) answers to every call. */
    private static final String CLOSED_BY_THE_POOL = "Connection is closed";

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && (isConnectionState(sql.getSQLState())
                    || sql.getSQLState() == null && CLOSED_BY_THE_POOL.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Class 08 (connection exception), and the server going away: 57P01 admin shutdown, 57P02 crash shutdown,
     * 57P03 cannot connect now (still starting).
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
