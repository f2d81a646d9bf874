package careeratlas.jobs;

import careeratlas.compare.Comparison;
import careeratlas.web.Dates;
import careeratlas.web.Markdown;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A job's own page. Drafts are not public; expired jobs keep their page with a notice and no apply button. */
public record JobPage(Job job, JobCard card, boolean expired, String postedAgo, String posted, String expires,
                      String descriptionHtml, String jsonLd, List<JobCard> similar, List<Comparison> comparisons,
                      List<JobCard> featured) {

    /** How long after expiry a job's page stays up; later it answers 410 Gone. */
    public static final int DAYS_KEPT_AFTER_EXPIRY = 90;

    /** The published job with this id, if any. */
    public static Optional<Job> find(long id) {
        return Job.findWithCompany(id).filter(j -> j.status == Job.Status.PUBLISHED);
    }

    public static boolean isGone(Job job, LocalDate today) {
        return job.expiresOn.plusDays(DAYS_KEPT_AFTER_EXPIRY).isBefore(today);
    }

    public static JobPage of(Job job, String absoluteUrl) {
        LocalDate today = LocalDate.now();
        String html = Markdown.toSafeHtml(job.description);
        List<Long> roles = job.role == null ? List.of() : List.of(job.role.id);
        return new JobPage(job, JobCard.of(job), job.isExpired(today),
                Dates.ago(job.postedAt.toLocalDate(), today), Dates.display(job.postedAt), Dates.display(job.expiresOn),
                html, JobPostingJsonLd.of(job, html, absoluteUrl),
                Job.similar(job, 4).stream().map(JobCard::of).toList(),
                job.role == null ? List.of() : Comparison.involving(List.of(job.role)),
                FeaturedJobs.forRoles(roles, job.id));
    }

    /** Where the apply button goes: the apply URL, or a mail to the apply address. */
    public String applyHref() {
        if (job.applyUrl != null) {
            return job.applyUrl;
        }
        return job.applyEmail != null ? "mailto:" + job.applyEmail : null;
    }
}
