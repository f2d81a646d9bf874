package careeratlas.jobs;

import careeratlas.platform.CacheScope;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * The exchange rates: the board compares pay with them, shows figures converted with them and names their date, so
 * a load of rates drops the board's and the feed's kept pages, and nothing else (a job's own page shows its pay in
 * its own currency only).
 */
@ApplicationScoped
@Unremovable // found through Instance<CacheScope>
public class ExchangeRatesScope implements CacheScope {

    @Override
    public Set<String> tables() {
        return Set.of("exchange_rate");
    }

    @Override
    public Set<String> caches() {
        return Set.of(ExchangeRates.CACHE, BoardCounts.CACHE);
    }

    @Override
    public boolean coversPage(String path) {
        return path.equals("/jobs") || path.equals("/jobs/feed.xml");
    }
}
