package careeratlas.jobs;

import careeratlas.web.Dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A job's own page. Drafts are not public. */
public record JobPage(Job job, JobCard card, boolean expired, String posted, String expires, List<JobCard> featured) {

    public static Optional<JobPage> load(long id) {
        LocalDate today = LocalDate.now();
        return Job.findWithCompany(id).filter(j -> j.status == Job.Status.PUBLISHED)
                .map(j -> new JobPage(j, JobCard.of(j), j.isExpired(today), Dates.display(j.postedAt),
                        Dates.display(j.expiresOn),
                        FeaturedJobs.forRoles(j.role == null ? List.of() : List.of(j.role.id))));
    }
}
