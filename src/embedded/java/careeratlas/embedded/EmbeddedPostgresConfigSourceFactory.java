package careeratlas.embedded;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;

/**
 * Starts an embedded PostgreSQL for dev mode and the local demo run when no JDBC URL is configured, and points
 * the datasource at it. Lives in the {@code embedded-db} Maven profile only: production builds do not contain it.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // Config is also built inside the Maven JVM at build time: only start a server for the running app.
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT) {
            return List.of();
        }
        ConfigValue url = context.getValue(JDBC_URL);
        if (url != null && url.getValue() != null && !url.getValue().isBlank()) {
            return List.of();
        }
        ConfigValue dir = context.getValue("app.embedded-db.dir");
        String parent = dir != null && dir.getValue() != null ? dir.getValue() : "target/embedded-postgres";
        EmbeddedDatabase db = EmbeddedDatabase.start(parent);
        return List.of(new PropertiesConfigSource(Map.of(
                JDBC_URL, db.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", EmbeddedDatabase.PASSWORD),
                "embedded-postgres", 275));
    }
}
