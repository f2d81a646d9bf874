package careeratlas.platform;

import java.util.Optional;

/**
 * What an error page shows beside its message (the featured jobs), as rendered HTML. A feature provides it, so the
 * foundation needs no feature; empty when there is nothing to show or the database cannot give it.
 */
public interface ErrorAside {

    Optional<String> html();
}
