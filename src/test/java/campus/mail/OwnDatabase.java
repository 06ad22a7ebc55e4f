package campus.mail;

import campus.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A database for one test class alone, on the server of the run (H2 in memory, or PostgreSQL next
 * to the run's database). Cached Spring contexts of other test classes keep their mail senders
 * polling the shared database with their own SMTP port and backoff; a test that counts attempts
 * and deliveries must not share its outbox with them.
 */
public final class OwnDatabase {

    private static final Map<String, String> URLS = new ConcurrentHashMap<>();

    private OwnDatabase() {
    }

    /** The JDBC URL of the database called {@code name} (lower-case letters and _), created on first use. */
    public static String url(String name) {
        return URLS.computeIfAbsent(name, OwnDatabase::create);
    }

    private static String create(String name) {
        if (!TestDatabase.onPostgres()) {
            return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
        // TestDatabase has provisioned the run's database; ours is its sibling, dropped with it by later runs
        String runUrl = System.getProperty("spring.datasource.url");
        String database = runUrl.substring(runUrl.lastIndexOf('/') + 1) + "_" + name;
        try (Connection admin = DriverManager.getConnection(runUrl, System.getProperty("spring.datasource.username"),
                System.getProperty("spring.datasource.password", ""));
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + database, e);
        }
        return runUrl.substring(0, runUrl.lastIndexOf('/') + 1) + database;
    }
}
