package careeratlas.jobs;

import careeratlas.roles.Role;
import careeratlas.web.Globals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/** The Atom feed of the newest open jobs, honouring the job board's filters. */
public record JobFeed(String selfUrl, String alternateUrl, String title, String updated, List<JobListing> jobs) {

    public static JobFeed load(String role, String level, String type, String remote, String salaryMin,
                               String currency, String q, int size) {
        JobFilter f = JobFilter.parse(role, level, type, remote, salaryMin, currency, q, null,
                Role.<Role>listAll().stream().map(r -> r.slug).collect(Collectors.toSet()));
        List<JobListing> jobs = JobSearch.newest(f, size);
        String updated = jobs.isEmpty()
                ? OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toString()
                : jobs.get(0).postedIso() + "T00:00:00Z";
        String base = Globals.baseUrl();
        return new JobFeed(base + JobBoard.PATH + "/feed.xml" + f.query(1), base + JobBoard.PATH + f.query(1),
                f.isEmpty() ? "Career Atlas: newest data and AI jobs"
                        : "Career Atlas: data and AI jobs matching your filters",
                updated, jobs);
    }

    public String baseUrl() {
        return Globals.baseUrl();
    }
}
