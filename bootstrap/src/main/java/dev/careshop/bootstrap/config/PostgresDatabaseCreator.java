package dev.careshop.bootstrap.config;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the service's PostgreSQL database on first start when it does not exist yet, so that a fresh server needs
 * no manual step. It connects to the target database first and only on "database does not exist" (SQLSTATE 3D000)
 * opens the server's {@code postgres} maintenance database to run {@code CREATE DATABASE}.
 */
public final class PostgresDatabaseCreator {

    private static final Logger log = LoggerFactory.getLogger(PostgresDatabaseCreator.class);
    private static final Pattern POSTGRES_URL = Pattern.compile("^(jdbc:postgresql://[^/]*/)([^?/]+)(\\?.*)?$");
    private static final String INVALID_CATALOG_NAME = "3D000";
    private static final String DUPLICATE_DATABASE = "42P04";

    private PostgresDatabaseCreator() {
    }

    /** Makes sure the database named in {@code jdbcUrl} exists; a URL that is not PostgreSQL's is left alone. */
    public static void ensureExists(String jdbcUrl, String username, String password) {
        Matcher url = POSTGRES_URL.matcher(jdbcUrl == null ? "" : jdbcUrl);
        if (!url.matches()) {
            return;
        }
        Properties credentials = credentials(username, password);
        try (Connection ignored = DriverManager.getConnection(jdbcUrl, credentials)) {
            return;
        } catch (SQLException e) {
            if (!INVALID_CATALOG_NAME.equals(e.getSQLState())) {
                return; // Not ours to report: the pool will fail with the real cause and a clear message.
            }
        }
        String database = url.group(2);
        String maintenanceUrl = url.group(1) + "postgres" + (url.group(3) == null ? "" : url.group(3));
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, credentials);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + quoteIdentifier(database));
            log.info("Created database {}", database);
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw new IllegalStateException("Database " + database + " does not exist and could not be created: "
                        + e.getMessage(), e);
            }
        }
    }

    private static Properties credentials(String username, String password) {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }

    static String quoteIdentifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
