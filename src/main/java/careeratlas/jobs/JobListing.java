package careeratlas.jobs;

import io.quarkus.qute.RawString;

/**
 * A row of the job board; {@code postedIso} is the posting date as YYYY-MM-DD. When searching, {@code title} has
 * the matched words in {@code <mark>} (escaped text otherwise) and {@code snippet} is the part of the description
 * that matched; without a search, {@code snippet} is null. {@code converted} is the pay as an approximate yearly
 * amount in the board's comparison currency ("EUR 52K - 65K a year") when pay is compared and the job's is in
 * another currency or period; null otherwise. {@code segment} and {@code postedAt} are its place in the board's
 * order ({@link JobCursor}).
 */
public record JobListing(JobCard card, boolean featured, boolean remote, String postedAgo, String postedOn,
                         String postedIso, RawString title, RawString snippet, String converted, int segment,
                         java.time.Instant postedAt) {
}
