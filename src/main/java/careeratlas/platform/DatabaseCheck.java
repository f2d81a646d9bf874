package careeratlas.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The shared database's state, apart from readiness: {@code /q/health/group/database} and the gauge
 * {@code career_atlas_database_up} (1 or 0), for dashboards and alerts.
 */
@HealthGroup("database")
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

    @Inject
    ContentChanges changes;

    @Inject
    MeterRegistry registry;

    void register(@Observes StartupEvent event) {
        Gauge.builder("career_atlas_database_up", changes, c -> c.listening() || c.databaseAnswers() ? 1 : 0)
                .description("1 while PostgreSQL answers, 0 while it cannot be reached").register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("PostgreSQL").status(changes.databaseAnswers()).build();
    }
}
