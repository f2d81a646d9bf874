package careeratlas.platform;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness reports what is specific to this replica: it has started, is not shutting down, and hears content
 * changes made elsewhere (otherwise it could serve stale pages from its cache). The shared database is not part of
 * it: when PostgreSQL is down for every replica, taking them all out of the load balancer would turn "cached pages
 * still show" into a full outage. So a deaf listener counts only while the database answers; the database's own
 * state is the {@code database} health group ({@link DatabaseCheck}) and a metric.
 */
@Readiness
@ApplicationScoped
public class ContentChangesCheck implements HealthCheck {

    @Inject
    ContentChanges changes;

    private volatile boolean shuttingDown;

    void stopping(@Observes ShutdownEvent event) {
        shuttingDown = true;
    }

    @Override
    public HealthCheckResponse call() {
        boolean listening = changes.listening();
        boolean deafWhileOthersCanWrite = !listening && changes.databaseAnswers();
        return HealthCheckResponse.named("This replica").status(!shuttingDown && !deafWhileOthersCanWrite)
                .withData("hearsContentChanges", listening).withData("shuttingDown", shuttingDown).build();
    }
}
