package campus;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Chooses the database of a test run. By default: embedded H2 in memory. With
 * -Dcampus.test.database=postgresql (the second Surefire run): a fresh database on the local
 * PostgreSQL server (CAMPUS_TEST_PG_URL, default jdbc:postgresql://127.0.0.1:5432/test). Without a
 * server the PostgreSQL run is skipped with a message, except in CI (CI=true), where it fails.
 */
public class TestDatabase implements BeforeAllCallback, org.junit.jupiter.api.extension.TestInstancePreConstructCallback {

    private static final String ADMIN_URL = env("CAMPUS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("CAMPUS_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("CAMPUS_TEST_PG_PASSWORD", "");
    private static String postgresUrl;
    private static String unavailable;

    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("campus.test.database"));
    }

    /**
     * A test class with one instance for all its tests (@TestInstance PER_CLASS) gets its Spring context while
     * the instance is made, before any beforeAll: the database must be chosen before that too.
     */
    @Override
    public void preConstructTestInstance(org.junit.jupiter.api.extension.TestInstanceFactoryContext factory,
                                         ExtensionContext context) {
        beforeAll(context);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // Test contexts stay alive between test classes and share the database: a survey scheduler left
        // running in one would send the invitations another test is timing. Tests run it by hand
        // (SurveyScheduler.run with their own time); one that wants the timer sets this property itself.
        System.setProperty("campus.evaluation.initial-delay", "PT24H");
        // every platform instance a test starts (some start a second one) seals its signing keys under
        // this fixed key-encryption key, never under a key file in ./data
        System.setProperty("campus.keys.secret", "Y2FtcHVzLXRlc3RzLWtleS1lbmNyeXB0aW9uLWtleSE=");
        if (!onPostgres()) {
            System.setProperty("spring.datasource.url",
                    "jdbc:h2:mem:campus;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            return;
        }
        provisionPostgres();
        if (unavailable != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true and PostgreSQL is not reachable: " + unavailable);
            }
            Assumptions.abort("PostgreSQL tests skipped: " + unavailable + ". Install and start PostgreSQL "
                    + "(apt-get install postgresql) or set CAMPUS_TEST_PG_URL/CAMPUS_TEST_PG_USER.");
        }
        System.setProperty("spring.datasource.url", postgresUrl);
        System.setProperty("spring.datasource.username", USER);
        System.setProperty("spring.datasource.password", PASSWORD);
        System.setProperty("spring.jooq.sql-dialect", "POSTGRES");
    }

    /**
     * One new database per test JVM, so every run starts from empty migrations. Databases of earlier
     * runs are dropped here rather than at exit (a shutdown hook races the pools' own shutdown);
     * one still in use by a concurrent run refuses the drop and is left alone.
     */
    private static synchronized void provisionPostgres() {
        if (postgresUrl != null || unavailable != null) {
            return;
        }
        String name = "campus_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis() % 100000;
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement sql = admin.createStatement()) {
            dropLeftovers(sql);
            sql.execute("CREATE DATABASE " + name);
            postgresUrl = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
        } catch (SQLException e) {
            unavailable = "cannot reach " + ADMIN_URL + " as " + USER + " (" + e.getMessage() + ")";
        }
    }

    private static void dropLeftovers(Statement sql) throws SQLException {
        java.util.List<String> old = new java.util.ArrayList<>();
        try (var rows = sql.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'campus\\_test\\_%'")) {
            while (rows.next()) {
                old.add(rows.getString(1));
            }
        }
        for (String name : old) {
            if (ownerAlive(name)) {
                continue; // another test run on this machine created it and is still using or about to use it
            }
            try {
                sql.execute("DROP DATABASE IF EXISTS " + name);
            } catch (SQLException inUse) {
                // another run is using it
            }
        }
    }

    /** Names are campus_test_{pid}_{millis}: a database whose creating process still runs is not a leftover. */
    private static boolean ownerAlive(String name) {
        String[] parts = name.split("_");
        try {
            return parts.length >= 3 && ProcessHandle.of(Long.parseLong(parts[2])).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException notOurs) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
