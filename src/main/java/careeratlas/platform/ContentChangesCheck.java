package careeratlas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while this replica hears about content changes; otherwise it could serve stale pages from its cache. */
@Readiness
@ApplicationScoped
public class ContentChangesCheck implements HealthCheck {

    @Inject
    ContentChanges changes;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Content change notifications").status(changes.listening()).build();
    }
}
