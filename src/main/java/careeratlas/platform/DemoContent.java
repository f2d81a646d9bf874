package careeratlas.platform;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Demo companies and jobs are Flyway migrations of their own, in {@value #LOCATION}, apart from the schema and the
 * editorial content in {@code db/migration}: a production database gets no jobs and no companies. Dev mode and the
 * tests list both locations in {@code quarkus.flyway.locations} (a build-time setting). Any other run, such as the
 * production jar, adds them at start with {@code app.demo-content=true} (APP_DEMO_CONTENT): the same migrations,
 * recorded in the same history table, applied after the schema (out of order, since their versions are low; the
 * schema migrations, which this Flyway does not see, count as "future" and are left alone).
 * Databases that applied V5 before it moved here pass validation through
 * {@code quarkus.flyway.ignore-migration-patterns=*:missing}.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class);
    public static final String LOCATION = "db/demo";
    /** The demo migrations (a native image cannot list a folder, so they are named here; a test keeps it complete). */
    public static final List<String> FILES = List.of("V5__seed_companies_jobs.sql", "V5.1__demo_sample_postings.sql");

    @ConfigProperty(name = "app.demo-content", defaultValue = "false")
    boolean enabled;

    @Inject
    AgroalDataSource dataSource;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            MigrateResult result = migrate(dataSource);
            if (result.migrationsExecuted > 0) {
                LOG.infof("Demo content: applied %d migrations from %s.", result.migrationsExecuted, LOCATION);
            }
        }
    }

    /** Applies the demo migrations that this database lacks. */
    public static MigrateResult migrate(javax.sql.DataSource dataSource) {
        Location location = new Location("classpath:" + LOCATION);
        ClassLoader loader = DemoContent.class.getClassLoader();
        List<LoadableResource> resources = FILES.stream().<LoadableResource>map(name -> new ClassPathResource(location,
                LOCATION + "/" + name, loader, StandardCharsets.UTF_8)).toList();
        ResourceProvider provider = new ResourceProvider() {
            @Override
            public LoadableResource getResource(String name) {
                return resources.stream().filter(r -> r.getRelativePath().equals(name)).findFirst().orElse(null);
            }

            @Override
            public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
                return resources.stream().filter(r -> r.getFilename().startsWith(prefix)
                        && Arrays.stream(suffixes).anyMatch(s -> r.getFilename().endsWith(s))).toList();
            }
        };
        return Flyway.configure(loader).dataSource(dataSource).locations(location).resourceProvider(provider)
                .outOfOrder(true).ignoreMigrationPatterns("*:missing", "*:future").load().migrate();
    }
}
