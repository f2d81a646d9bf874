package careeratlas.jobs;

import io.quarkus.qute.RawString;

/**
 * A row of the job board; {@code postedIso} is the posting date as YYYY-MM-DD. When searching, {@code title} has
 * the matched words in {@code <mark>} (escaped text otherwise) and {@code snippet} is the part of the description
 * that matched; without a search, {@code snippet} is null. {@code segment} and {@code postedAt} are its place in the
 * board's order ({@link JobCursor}).
 */
public record JobListing(JobCard card, boolean featured, boolean remote, String postedAgo, String postedOn,
                         String postedIso, RawString title, RawString snippet, int segment,
                         java.time.Instant postedAt) {
}
