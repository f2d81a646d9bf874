package careeratlas.jobs;

/** A row of the job board; {@code postedIso} is the posting date as YYYY-MM-DD. */
public record JobListing(JobCard card, boolean featured, boolean remote, String postedAgo, String postedOn,
                         String postedIso) {
}
