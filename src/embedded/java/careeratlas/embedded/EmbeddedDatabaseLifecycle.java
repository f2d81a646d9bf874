package careeratlas.embedded;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Stops the embedded PostgreSQL with the application (also on a dev-mode restart). */
@ApplicationScoped
public class EmbeddedDatabaseLifecycle {

    void onStop(@Observes ShutdownEvent event) {
        EmbeddedDatabase.stopCurrent();
    }
}
