package careeratlas.platform;

import io.quarkus.cache.CacheManager;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Keeps this replica's caches (rendered pages, the featured-jobs sidebar, survey figures) in step with the
 * database. Triggers (migration V10) send a NOTIFY on {@value #CHANNEL} naming the changed table whenever content
 * changes, whichever replica or tool changed it; one connection of our own LISTENs. Each change drops only what
 * depends on that table, as the features' {@link CacheScope}s declare; a table no scope names drops everything. A
 * change made on this replica also drops its scope right after its commit, through {@link Changed}.
 */
@ApplicationScoped
public class ContentChanges {

    static final String CHANNEL = "career_atlas_content";
    private static final Logger LOG = Logger.getLogger(ContentChanges.class);
    private static final long HEALTH_CHECK_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** Fire this in a transaction that changes {@code table}: what depends on it is dropped once it has committed. */
    public record Changed(String table) {
    }

    @Inject
    CacheManager caches;

    @Inject
    PageCache pages;

    @Inject
    Instance<CacheScope> scopes;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean running;
    private volatile boolean listening;
    private Thread listener;

    void start(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "content-changes");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        listener.interrupt();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        changed(change.table());
    }

    /** Drops what depends on {@code table}: the caches of every scope that names it and the pages they cover. */
    public void changed(String table) {
        List<CacheScope> affected = scopes.stream().filter(s -> s.tables().contains(table)).toList();
        if (affected.isEmpty()) {
            invalidateAll();
            return;
        }
        pages.newGeneration();
        for (CacheScope scope : affected) {
            for (String name : scope.caches()) {
                caches.getCache(name).ifPresent(cache -> cache.invalidateAll().await().indefinitely());
            }
        }
        pages.invalidate(path -> affected.stream().anyMatch(s -> s.coversPage(path)));
    }

    /** Drops every cache of this replica (the rendered pages among them). */
    public void invalidateAll() {
        pages.newGeneration();
        for (String name : caches.getCacheNames()) {
            caches.getCache(name).ifPresent(cache -> cache.invalidateAll().await().indefinitely());
        }
    }

    /** Whether PostgreSQL answers a fresh connection within two seconds (for health checks, not for pages). */
    public boolean databaseAnswers() {
        try (Connection connection = connect(2)) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Whether this replica currently hears about changes made elsewhere. */
    public boolean listening() {
        return listening;
    }

    private void listen() {
        boolean missedSome = false;
        while (running) {
            try (Connection connection = connect(5); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                listening = true;
                if (missedSome) {
                    invalidateAll();
                    LOG.info("Hearing content changes again; caches dropped in case one was missed");
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                long quietSince = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null && notifications.length > 0) {
                        Arrays.stream(notifications).map(PGNotification::getParameter).distinct().forEach(this::changed);
                        quietSince = System.nanoTime();
                    } else if (System.nanoTime() - quietSince > HEALTH_CHECK_NANOS) {
                        if (!connection.isValid(5)) {
                            throw new SQLException("the listening connection stopped answering");
                        }
                        quietSince = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running && (listening || !missedSome)) {
                    LOG.warnf("Not hearing content changes from PostgreSQL (%s); retrying every second", e.toString());
                }
                listening = false;
                missedSome = true;
                pause();
            }
        }
    }

    private Connection connect(int timeoutSeconds) throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", "career-atlas change listener");
        properties.setProperty("connectTimeout", Integer.toString(timeoutSeconds));
        Connection connection = new Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        return connection;
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
