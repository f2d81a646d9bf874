package careeratlas.jobs;

import careeratlas.web.Slugs;

import java.util.Arrays;
import java.util.List;

/** A job as the sidebar and job lists show it. */
public record JobCard(long id, String title, String company, String location, List<String> types, String level,
                      String salary) {

    public static JobCard of(Job job) {
        return of(job.id, job.title, job.company.name, job.location, job.employmentTypes, job.experienceLevel,
                job.currency, job.salaryMin, job.salaryMax);
    }

    static JobCard of(long id, String title, String company, String location, String[] types, ExperienceLevel level,
                      String currency, Integer min, Integer max) {
        return new JobCard(id, title, company, location,
                Arrays.stream(types).map(t -> EmploymentType.valueOf(t).label).toList(), level.label,
                SalaryFormat.range(currency, min, max));
    }

    /** The job's canonical address: its id and a slug of its title and company. */
    public String url() {
        return path(id, title, company);
    }

    public static String path(long id, String title, String company) {
        return "/jobs/" + id + "-" + Slugs.of(title + " " + company);
    }
}
