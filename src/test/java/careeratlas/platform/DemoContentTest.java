package careeratlas.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Demo content lives in its own Flyway location: a production database gets the schema only; a run with
 * APP_DEMO_CONTENT=true adds the demo jobs afterwards (out of order); a database that applied V5 when it was part
 * of db/migration still validates without it.
 */
@QuarkusTest
class DemoContentTest {

    @Test
    void everyDemoMigrationIsListed() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", DemoContent.LOCATION))) {
            assertEquals(files.map(f -> f.getFileName().toString()).sorted().toList(),
                    DemoContent.FILES.stream().sorted().toList());
        }
    }

    @Test
    void productionGetsNoDemoContentUntilItIsTurnedOn() throws Exception {
        PGSimpleDataSource ds = freshDatabase("demo_switch");
        Flyway production = Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .ignoreMigrationPatterns("*:missing").load();
        production.migrate();
        assertEquals(0, count(ds, "select count(*) from job"));
        assertEquals(0, count(ds, "select count(*) from company"));
        assertTrue(count(ds, "select count(*) from role") > 10, "the editorial content is there");

        assertEquals(2, DemoContent.migrate(ds).migrationsExecuted);
        long jobs = count(ds, "select count(*) from job");
        assertTrue(jobs > 40, "demo jobs: " + jobs);
        assertEquals(jobs, count(ds, "select count(*) from job where description like '> **Sample posting.**%'"),
                "every demo job says it is a sample posting");
        assertEquals(jobs, count(ds, "select count(*) from job where search_vector is not null"), "and is searchable");
        assertEquals(0, DemoContent.migrate(ds).migrationsExecuted, "applied once");
        production.validate();
        assertEquals(0, production.migrate().migrationsExecuted, "production starts again on a demo database");
    }

    @Test
    void aDatabaseThatAppliedTheOldV5ValidatesWithoutIt() throws Exception {
        PGSimpleDataSource ds = freshDatabase("demo_old_v5");
        // As before the move: V5 was in db/migration, so it was applied in order with the rest.
        Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/demo").load().migrate();
        Flyway production = Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .ignoreMigrationPatterns("*:missing").load();
        production.validate();
        assertEquals(0, production.migrate().migrationsExecuted);
    }

    private static PGSimpleDataSource freshDatabase(String name) throws Exception {
        String url = System.getProperty(careeratlas.testing.PostgresResource.URL);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url.replaceFirst("/postgres\\?", "/" + name + "?"));
        return ds;
    }

    private static long count(PGSimpleDataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
