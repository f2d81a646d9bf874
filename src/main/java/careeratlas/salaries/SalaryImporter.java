package careeratlas.salaries;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import careeratlas.platform.ContentChanges;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Imports a salary survey file. The file is streamed (constant memory), every row is validated, valid rows are
 * copied with PostgreSQL COPY into a temporary table, and only then, in the same transaction, replace the
 * previous survey data: a refused, failed or cancelled import leaves the old data as it was. The same file
 * imported twice gives the same data.
 */
@ApplicationScoped
public class SalaryImporter {

    private static final Logger LOG = Logger.getLogger(SalaryImporter.class);
    static final double MAX_BAD_SHARE = 0.05;
    static final int PROBLEMS_SHOWN = 100;
    private static final int COPY_BATCH = 2_000;
    /** Advisory lock classes (the first key of PostgreSQL's two-key advisory locks). */
    static final int LOCK_RUNNING = 0x5341_4C01;
    static final int LOCK_DATA = 0x5341_4C02;
    static final String INTERRUPTED = "The import was interrupted: the process running it stopped before it finished."
            + " Nothing was imported and the previous salary data was kept; import the file again.";
    private static final String COLUMNS = "work_year, experience_level, employment_type, job_title, salary, "
            + "salary_currency, salary_in_usd, employee_residence, remote_ratio, company_location, company_size";

    /** Rows read so far of a running import. */
    public record Progress(AtomicInteger done, int total) {
    }

    @Inject
    java.time.Clock clock;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ContentChanges changes;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "salary-import"));
    private final Map<Long, Progress> running = new ConcurrentHashMap<>();

    /** Records the import and runs it in the background; the file is deleted when done. */
    public long start(Path file, String actor) {
        long id = begin(actor);
        Connection guard = guard(id);
        worker.submit(() -> run(id, file, guard));
        return id;
    }

    /** Records the import and runs it now. */
    public long runNow(Path file, String actor) {
        long id = begin(actor);
        Connection guard = guard(id);
        Future<?> done = worker.submit(() -> run(id, file, guard));
        try {
            done.get();
        } catch (Exception e) {
            throw new IllegalStateException("Import " + id + " did not finish", e);
        }
        return id;
    }

    public Progress progress(long id) {
        return running.get(id);
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    /**
     * Marks as failed every import still recorded as running whose process is gone: a running import holds the
     * advisory lock ({@value #LOCK_RUNNING}, its id) on a connection of its own until it is recorded as finished,
     * so an import whose lock is free was left behind by a process that stopped (a crash, a redeploy). Imports
     * still running on another replica keep their lock and are left alone.
     *
     * @return how many imports were marked failed
     */
    public int failInterrupted() {
        List<Long> stale = new ArrayList<>();
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> SalaryImport.<SalaryImport>list("status",
                SalaryImport.Status.RUNNING).stream().map(i -> i.id).toList());
        try (Connection c = dataSource.getConnection()) {
            for (long id : ids) {
                try (var s = c.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
                    s.setInt(1, LOCK_RUNNING);
                    s.setInt(2, (int) id);
                    try (var rs = s.executeQuery()) {
                        rs.next();
                        if (!rs.getBoolean(1)) {
                            continue;
                        }
                    }
                }
                stale.add(id);
                try (var s = c.prepareStatement("select pg_advisory_unlock(?, ?)")) {
                    s.setInt(1, LOCK_RUNNING);
                    s.setInt(2, (int) id);
                    s.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check for interrupted salary imports", e);
        }
        for (long id : stale) {
            QuarkusTransaction.requiringNew().run(() -> {
                SalaryImport i = SalaryImport.findById(id);
                if (i != null && i.status == SalaryImport.Status.RUNNING) {
                    i.status = SalaryImport.Status.FAILED;
                    i.finishedAt = OffsetDateTime.now(clock);
                    i.message = INTERRUPTED;
                }
            });
            LOG.warnf("Salary import %d was still running when its process stopped: marked failed.", id);
        }
        return stale.size();
    }

    /** Holds the "this import is running" lock on a connection of its own, until the import is recorded as done. */
    private Connection guard(long id) {
        try {
            Connection c = dataSource.getConnection();
            try (var s = c.prepareStatement("select pg_advisory_lock(?, ?)")) {
                s.setInt(1, LOCK_RUNNING);
                s.setInt(2, (int) id);
                s.execute();
            }
            return c;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start salary import " + id, e);
        }
    }

    private long begin(String actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SalaryImport i = new SalaryImport();
            i.actor = actor;
            i.startedAt = OffsetDateTime.now(clock);
            i.status = SalaryImport.Status.RUNNING;
            i.persist();
            return i.id;
        });
    }

    void run(long id, Path file, Connection guard) {
        try (guard) {
            run(id, file);
        } catch (SQLException e) {
            LOG.debug("Could not release the lock of salary import " + id, e);
        }
    }

    void run(long id, Path file) {
        long started = System.nanoTime();
        try {
            Result r = importFile(id, file);
            if (r.status == SalaryImport.Status.DONE) {
                changes.changed("salary_report");
            }
            finish(id, r.status, r.total, r.imported, r.skipped, r.message, r.problems, started);
        } catch (RuntimeException | SQLException | IOException e) {
            LOG.error("Salary import " + id + " failed", e);
            finish(id, SalaryImport.Status.FAILED, 0, 0, 0,
                    "The import failed and the previous salary data was kept: " + e.getMessage(), List.of(), started);
        } finally {
            running.remove(id);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.debug("Could not delete " + file, e);
            }
        }
    }

    private record Result(SalaryImport.Status status, int total, int imported, int skipped, String message,
                          List<String> problems) {
    }

    private Result importFile(long id, Path file) throws IOException, SQLException {
        if (Files.size(file) == 0) {
            return refused("The file is empty.", 0, 0, List.of());
        }
        int total = countDataLines(file);
        AtomicInteger done = new AtomicInteger();
        running.put(id, new Progress(done, total));
        List<String> problems = new ArrayList<>();
        try {
            return importRows(file, total, done, problems);
        } catch (CharacterCodingException e) {
            return refused("This is not a salary survey file: it is not UTF-8 text.", total, 0, List.of());
        } catch (FieldLimitReader.FieldTooLong e) {
            return refused("This is not a salary survey file: it has " + e.getMessage() + ".", total, 0, List.of());
        } catch (java.io.UncheckedIOException e) {
            // The CSV parser's iterator wraps the reader's IOException.
            if (e.getCause() instanceof FieldLimitReader.FieldTooLong tooLong) {
                return refused("This is not a salary survey file: it has " + tooLong.getMessage() + ".", total, 0, List.of());
            }
            throw e;
        }
    }

    private Result importRows(Path file, int total, AtomicInteger done, List<String> problems)
            throws IOException, SQLException {
        try (Connection c = dataSource.getConnection(); Reader reader = new FieldLimitReader(open(file));
             CSVParser csv = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            c.setAutoCommit(false);
            try {
                return copyAndSwap(c, csv, total, done, problems);
            } catch (IOException | SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private Result copyAndSwap(Connection c, CSVParser csv, int total, AtomicInteger done, List<String> problems)
            throws IOException, SQLException {
        int imported = 0;
        int skipped = 0;
        try (Statement s = c.createStatement()) {
            s.execute("create temporary table import_rows (like salary_report_staging) on commit drop");
        }
        var iterator = csv.iterator();
        boolean header;
        try {
            header = iterator.hasNext() && isHeader(iterator.next());
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof FieldLimitReader.FieldTooLong) {
                // The parser reads ahead: an over-long field further on can stop it at the header already.
                throw e;
            }
            header = false;
        }
        if (!header) {
            c.rollback();
            return refused("This is not a salary survey file: its first line must be the header "
                    + String.join(",", SurveyRow.HEADER) + ".", total, 0, List.of());
        }
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy import_rows (" + COLUMNS + ") from stdin with (format csv)");
        StringBuilder batch = new StringBuilder();
        int rows = 0;
        try {
            while (true) {
                CSVRecord record;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    record = iterator.next();
                } catch (UncheckedIOException e) {
                    skipped++;
                    rows++;
                    problem(problems, "line " + (rows + 1) + ": " + cause(e));
                    break;
                }
                rows++;
                try {
                    batch.append(SurveyRow.parse(record).copyLine());
                    imported++;
                } catch (SurveyRow.Invalid invalid) {
                    skipped++;
                    problem(problems, "line " + record.getRecordNumber() + ": " + invalid.getMessage());
                }
                if (rows % COPY_BATCH == 0) {
                    write(copy, batch);
                    done.set(rows);
                    if (Thread.currentThread().isInterrupted()) {
                        throw new IllegalStateException("the import was cancelled");
                    }
                }
            }
            write(copy, batch);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        done.set(rows);
        if (rows == 0) {
            c.rollback();
            return refused("The file has a header but no rows.", 0, 0, problems);
        }
        if (skipped > rows * MAX_BAD_SHARE) {
            c.rollback();
            return refused(String.format("%d of %d rows (%.1f%%) are not valid, more than the 5%% an import may skip:"
                    + " nothing was imported and the previous data was kept.", skipped, rows, 100.0 * skipped / rows),
                    rows, skipped, problems);
        }
        try (Statement s = c.createStatement()) {
            // One import at a time replaces the data, whichever replica runs it.
            s.execute("select pg_advisory_xact_lock(" + LOCK_DATA + ", 0)");
            s.execute("delete from salary_report");
            s.execute("insert into salary_report (" + COLUMNS + ", role_id) select " + COLUMNS
                    + ", (select a.role_id from role_alias a where lower(a.title) = lower(i.job_title))"
                    + " from import_rows i");
            s.execute("analyze salary_report");
        }
        c.commit();
        return new Result(SalaryImport.Status.DONE, rows, imported, skipped,
                String.format("Imported %,d rows%s.", imported, skipped == 0 ? "" : String.format(", skipped %,d", skipped)),
                problems);

    }

    private static Result refused(String message, int total, int skipped, List<String> problems) {
        return new Result(SalaryImport.Status.REFUSED, total, 0, skipped, message, problems);
    }

    private static void problem(List<String> problems, String text) {
        if (problems.size() < PROBLEMS_SHOWN) {
            problems.add(text);
        }
    }

    private static String cause(Exception e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof CharacterCodingException ? "the file is not UTF-8 text" : "the rest of the file cannot be read (" + t.getMessage() + ")";
    }

    private static void write(CopyIn copy, StringBuilder batch) throws SQLException {
        if (!batch.isEmpty()) {
            byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            batch.setLength(0);
        }
    }

    private void finish(long id, SalaryImport.Status status, int total, int imported, int skipped, String message,
                        List<String> problems, long startedNanos) {
        QuarkusTransaction.requiringNew().run(() -> {
            SalaryImport i = SalaryImport.findById(id);
            i.status = status;
            i.rowsTotal = total;
            i.rowsImported = imported;
            i.rowsSkipped = skipped;
            i.message = message;
            i.problems = String.join("\n", problems);
            i.finishedAt = OffsetDateTime.now(clock);
            i.durationMs = (System.nanoTime() - startedNanos) / 1_000_000;
        });
    }

    private static boolean isHeader(CSVRecord r) {
        if (r.size() != SurveyRow.HEADER.size()) {
            return false;
        }
        for (int i = 0; i < r.size(); i++) {
            if (!r.get(i).strip().equalsIgnoreCase(SurveyRow.HEADER.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A strict UTF-8 reader that skips a byte-order mark. */
    static Reader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        PushbackReader reader = new PushbackReader(new BufferedReader(new java.io.InputStreamReader(in, decoder), 65536), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    /** Data lines (all lines but the header), for the progress bar. */
    static int countDataLines(Path file) throws IOException {
        int lines = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[65536];
            int n;
            int last = '\n';
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
                last = buf[n - 1];
            }
            if (last != '\n') {
                lines++;
            }
        }
        return Math.max(0, lines - 1);
    }
}
