package dev.careshop.bootstrap.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the statements the service prepares and the transactions it ends, at the JDBC connection: whether Hibernate
 * or plain JDBC (the hot-path adapters) sends them, each prepared statement is a round trip. The application's data
 * source is wrapped as it is made, so every connection the service takes counts.
 */
@TestComponent
public class SqlStatementCounter implements BeanPostProcessor {

    /**
     * What every request with an access token costs before its own work: one primary-key read of the token's user,
     * who must still exist and be active, and whose role is taken as it is now (ConfirmActorUseCase).
     */
    public static final int CONFIRMING_THE_USER = 1;

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");
    private static final Set<String> TRANSACTION_ENDS = Set.of("commit", "rollback");

    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong transactions = new AtomicLong();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                ? new CountingDataSource(dataSource) : bean;
    }

    /** Runs {@code action} and answers how many statements it prepared. Not for use while other requests run. */
    public long count(ThrowingRunnable action) throws Exception {
        statements.set(0);
        action.run();
        return statements.get();
    }

    /** Runs {@code action} and answers how many transactions ended (committed or rolled back) meanwhile. */
    public long transactions(ThrowingRunnable action) throws Exception {
        transactions.set(0);
        action.run();
        return transactions.get();
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    private final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private Connection counting(Connection connection) {
            InvocationHandler handler = (proxy, method, arguments) -> invoke(proxy, connection, method, arguments);
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    handler);
        }

        /** Counts and passes the call on; the proxy is equal only to itself, as the pool's connection is. */
        private Object invoke(Object proxy, Connection connection, Method method, Object[] arguments) throws Throwable {
            switch (method.getName()) {
                case "equals" -> {
                    return proxy == arguments[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> { }
            }
            if (STATEMENTS.contains(method.getName())) {
                statements.incrementAndGet();
            } else if (TRANSACTION_ENDS.contains(method.getName()) && (arguments == null || arguments.length == 0)) {
                transactions.incrementAndGet();
            }
            try {
                return method.invoke(connection, arguments);
            } catch (InvocationTargetException failure) {
                throw failure.getCause();
            }
        }
    }
}
