package careeratlas.salaries;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The public aijobs.net salary survey (CC0) ships with the site, gzipped, as a resource. At start, before the
 * site answers requests, it is imported when the survey table is empty, through the same validated import as an
 * admin's upload ({@link SalaryImporter}). Replicas starting together take turns on an advisory lock, so only
 * the first imports and the others find the data there. {@code app.salaries.import-bundled=false}
 * (APP_SALARIES_IMPORT_BUNDLED) turns it off.
 */
@ApplicationScoped
public class BundledSurvey {

    private static final Logger LOG = Logger.getLogger(BundledSurvey.class);
    static final String RESOURCE = "salaries/aijobs-salaries-2025-01-19.csv.gz";
    static final String ACTOR = "bundled survey file";

    @ConfigProperty(name = "app.salaries.import-bundled", defaultValue = "true")
    boolean enabled;

    @Inject
    SalaryImporter importer;

    @Inject
    AgroalDataSource dataSource;

    void onStart(@Observes StartupEvent event) {
        importer.failInterrupted();
        if (!enabled) {
            LOG.info("The bundled salary survey is not imported (app.salaries.import-bundled=false).");
            return;
        }
        importIfEmpty();
    }

    /** Imports the bundled survey when the survey table is empty; the id of the import, if one ran. */
    Optional<Long> importIfEmpty() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("select pg_advisory_lock(" + SalaryImporter.LOCK_DATA + ", 1)");
            try (ResultSet rs = s.executeQuery("select exists (select 1 from salary_report)")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return Optional.empty();
                }
                return Optional.of(importNow());
            } finally {
                s.execute("select pg_advisory_unlock(" + SalaryImporter.LOCK_DATA + ", 1)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check whether the salary survey is loaded", e);
        }
    }

    /** Imports the bundled survey now, whatever the table holds (the import deletes its copy when done). */
    long importNow() {
        long started = System.nanoTime();
        Path copy;
        try (InputStream in = new GZIPInputStream(open())) {
            copy = Files.createTempFile("salary-bundled-", ".csv");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bundled salary survey " + RESOURCE, e);
        }
        long id = importer.runNow(copy, ACTOR);
        SalaryImport run = QuarkusTransaction.requiringNew().call(() -> SalaryImport.<SalaryImport>findById(id));
        if (run.status == SalaryImport.Status.DONE) {
            LOG.infof("Bundled salary survey: %s (import %d, %d ms).", run.message, id,
                    (System.nanoTime() - started) / 1_000_000);
        } else {
            LOG.warnf("The bundled salary survey was not imported (import %d, %s): %s", id, run.status, run.message);
        }
        return id;
    }

    static InputStream open() {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The bundled salary survey " + RESOURCE + " is missing from the build");
        }
        return in;
    }
}
