package careeratlas.jobs;

import careeratlas.catalog.ComparisonSummary;
import careeratlas.sidebar.FeaturedJob;

import java.util.List;

/** A job's own page. Drafts are not public; expired jobs keep their page with a notice and no apply button. */
public record JobPage(Job job, JobCard card, boolean expired, String postedAgo, String posted, String expires,
                      String descriptionHtml, String jsonLd, List<JobCard> similar,
                      List<ComparisonSummary> comparisons, List<FeaturedJob> featured, String place) {

    /** How long after expiry a job's page stays up; later it answers 410 Gone. */
    public static final int DAYS_KEPT_AFTER_EXPIRY = 90;

    /** Where the apply button goes: the apply URL, or a mail to the apply address. */
    public String applyHref() {
        if (job.applyUrl != null) {
            return job.applyUrl;
        }
        return job.applyEmail != null ? "mailto:" + job.applyEmail : null;
    }
}
