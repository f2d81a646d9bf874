package careeratlas.jobs;

import careeratlas.catalog.EmploymentType;
import careeratlas.catalog.ExperienceLevel;
import careeratlas.platform.PayPeriod;
import careeratlas.platform.SalaryRanges;
import careeratlas.platform.Urls;

import java.util.Arrays;
import java.util.List;

/** A job as job lists show it: plain view data; {@code salary} is in the job's own currency and period. */
public record JobCard(long id, String title, String company, String location, List<String> types, String level,
                      String salary) {

    public static JobCard of(Job job) {
        return of(job.id, job.title, job.company.name, job.location, job.employmentTypes, job.experienceLevel,
                job.currency, job.salaryMin, job.salaryMax, job.salaryPeriod);
    }

    static JobCard of(long id, String title, String company, String location, String[] types, ExperienceLevel level,
                      String currency, Integer min, Integer max, PayPeriod period) {
        return new JobCard(id, title, company, location,
                Arrays.stream(types).map(t -> EmploymentType.valueOf(t).label).toList(), level.label,
                SalaryRanges.range(currency, min, max, period));
    }

    /** The job's canonical address: its id and a slug of its title and company. */
    public String url() {
        return Urls.job(id, title, company);
    }
}
