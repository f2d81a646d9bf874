package careeratlas.jobs;

import careeratlas.platform.Globals;

import java.util.List;

/** The Atom feed of the newest open jobs, honouring the job board's filters. */
public record JobFeed(String selfUrl, String alternateUrl, String title, String updated, List<JobListing> jobs) {

    public String baseUrl() {
        return Globals.baseUrl();
    }
}
