package careeratlas.jobs;

import java.util.List;
import java.util.stream.Collectors;

/** A job as the sidebar and job lists show it. */
public record JobCard(long id, String title, String company, String location, List<String> types, String level,
                      String salary) {

    public static JobCard of(Job job) {
        return new JobCard(job.id, job.title, job.company.name, job.location,
                job.types().stream().map(t -> t.label).collect(Collectors.toList()),
                job.experienceLevel.label, SalaryFormat.range(job.currency, job.salaryMin, job.salaryMax));
    }

    public String url() {
        return "/jobs/" + id;
    }
}
