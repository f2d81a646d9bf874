package careeratlas.platform;

import java.util.Set;

/**
 * What a feature's cached data depends on, so that a change drops only what it affects. A feature declares one
 * bean per scope: the tables whose changes matter, the Quarkus caches to drop then, and which rendered pages show
 * that data. {@link ContentChanges} reads every scope; the foundation itself knows no feature.
 */
public interface CacheScope {

    /** Tables whose inserts, updates or deletes make this scope stale. */
    Set<String> tables();

    /** Quarkus cache names to empty when one of the tables changes. */
    Set<String> caches();

    /** Whether a rendered page at this path shows data of this scope. */
    boolean coversPage(String path);
}
