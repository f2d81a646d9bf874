package careeratlas.jobs;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;

/**
 * The job board's total and facet counts for a set of filters, kept per filter and day until jobs, tags, synonyms
 * or exchange rates change ({@link JobsScope}, {@link SearchScope}, {@link ExchangeRatesScope}): every page of a list
 * shows the same counts, so paging through it, or coming back to it, counts once. Exact while an exact count reads
 * at most {@code app.jobs.exact-counts-up-to} jobs; above that, estimated on a sample of about
 * {@code app.jobs.sample-rows} of them ({@link JobQueries#summary}).
 */
@ApplicationScoped
public class BoardCounts {

    public static final String CACHE = "board-counts";

    @Inject
    JobQueries queries;

    @Inject
    OpenCounts openCounts;

    @ConfigProperty(name = "app.jobs.exact-counts-up-to", defaultValue = "2000")
    long exactCountsUpTo;

    @ConfigProperty(name = "app.jobs.sample-rows", defaultValue = "1000")
    long sampleRows;

    /** The counts of the filter's list; {@code key} is the filter on its first page ({@link JobFilter#countsKey}). */
    @CacheResult(cacheName = CACHE)
    public JobQueries.Summary of(JobFilter key, LocalDate today) {
        return queries.summary(key, samplingRate(key, today));
    }

    /**
     * Per mille of the jobs the counts read: all of them while an exact count reads at most the limit (the open jobs,
     * or with a search text PostgreSQL's estimate of the jobs matching it), else a sample of about the sample size.
     */
    int samplingRate(JobFilter f, LocalDate today) {
        long open = openCounts.total(today);
        if (open <= exactCountsUpTo) {
            return JobQueries.ALL;
        }
        long base = f.q() == null ? open : queries.estimatedMatches(f);
        if (base <= exactCountsUpTo) {
            return JobQueries.ALL;
        }
        return (int) Math.max(1, Math.min(JobQueries.ALL - 1, Math.ceil((double) JobQueries.ALL * sampleRows / base)));
    }
}
