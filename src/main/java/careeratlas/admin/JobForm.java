package careeratlas.admin;

import careeratlas.platform.Currencies;

import careeratlas.catalog.EmploymentType;
import careeratlas.catalog.ExperienceLevel;
import careeratlas.jobs.Job;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The job form exactly as typed: every field is kept as text so that a form with errors comes back with what
 * was typed. The field names are the public contract of the form (also for posting with curl).
 */
@JobFormRules
public class JobForm {

    public static final int MAX_SALARY = 10_000_000;
    public static final int MAX_DAYS_AHEAD = 366;
    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    @RestForm
    @NotBlank(message = "Enter the job title.")
    @Size(max = 200, message = "Keep the title under 200 characters.")
    public String title;

    @RestForm
    @NotBlank(message = "Enter the company: pick one from the list or type a new name.")
    @Size(max = 200, message = "Keep the company name under 200 characters.")
    public String company;

    @RestForm
    @NotBlank(message = "Choose the role this job is for.")
    @Pattern(regexp = "[a-z0-9-]{1,80}", message = "Choose a role from the list.")
    public String role;

    @RestForm
    @NotBlank(message = "Enter where the job is, for example \"Berlin, Germany\" or \"Remote (EU time zones)\".")
    @Size(max = 200, message = "Keep the location under 200 characters.")
    public String location;

    @RestForm
    @Pattern(regexp = "true|false", message = "Say whether the job is remote.")
    public String remote;

    @RestForm
    @NotEmpty(message = "Choose at least one employment type.")
    public List<String> employmentTypes = new ArrayList<>();

    @RestForm
    @NotBlank(message = "Choose the experience level.")
    @Pattern(regexp = "entry|mid|senior|executive", message = "Choose an experience level from the list.")
    public String level;

    @RestForm
    @Pattern(regexp = "\\d{1,9}", message = "Enter the minimum salary as a whole number, without separators.")
    public String salaryMin;

    @RestForm
    @Pattern(regexp = "\\d{1,9}", message = "Enter the maximum salary as a whole number, without separators.")
    public String salaryMax;

    @RestForm
    @Pattern(regexp = "[A-Z]{3}", message = "Choose a currency from the list.")
    public String currency;

    static final int MAX_DESCRIPTION = 20_000;

    @RestForm
    @NotBlank(message = "Describe the job.")
    @Size(max = MAX_DESCRIPTION, message = "Keep the description under 20,000 characters.")
    public String description;

    @RestForm
    @Size(max = 1000, message = "Keep the apply link under 1,000 characters.")
    public String applyUrl;

    @RestForm
    @Email(message = "Enter a valid e-mail address, like jobs@example.com.")
    @Size(max = 254, message = "Keep the e-mail address under 254 characters.")
    public String applyEmail;

    @RestForm
    @NotBlank(message = "Choose whether to publish the job or keep it as a draft.")
    @Pattern(regexp = "published|draft", message = "Choose published or draft.")
    public String status;

    @RestForm
    @NotBlank(message = "Enter the date the job closes.")
    @Pattern(regexp = DATE, message = "Enter the closing date as YYYY-MM-DD.")
    public String expiresOn;

    @RestForm
    @Pattern(regexp = DATE, message = "Enter the featured-until date as YYYY-MM-DD.")
    public String featuredUntil;

    /** The version the editor started from (optimistic locking); empty for a new job. */
    @RestForm
    @Pattern(regexp = "\\d{1,9}", message = "This form is damaged: reload the job and edit it again.")
    public String version;

    /** The one-time token of this form: a second submission of the same form creates nothing. */
    @RestForm
    @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "This form is damaged: open a new job form and fill it in again.")
    public String formToken;

    /** "preview" renders the description without saving. */
    @RestForm
    public String action;

    /** "Today" for the date rules, from the site's clock; set by {@link #normalized(LocalDate)}. */
    LocalDate today;

    /** Empty strings from the browser mean "not given". */
    public JobForm normalized(LocalDate today) {
        this.today = today;
        title = trim(title);
        company = trim(company);
        role = trim(role);
        location = trim(location);
        remote = trim(remote);
        level = trim(level);
        salaryMin = trim(salaryMin);
        salaryMax = trim(salaryMax);
        currency = trim(currency);
        applyUrl = trim(applyUrl);
        applyEmail = trim(applyEmail);
        status = trim(status);
        expiresOn = trim(expiresOn);
        featuredUntil = trim(featuredUntil);
        version = trim(version);
        formToken = trim(formToken);
        if (formToken != null && !formToken.matches("[A-Za-z0-9_-]{1,64}")) {
            // Not a token this site made (the column holds 64): the form is saved without double-submit protection.
            formToken = null;
        }
        employmentTypes = employmentTypes == null ? new ArrayList<>()
                : employmentTypes.stream().map(JobForm::trim).filter(t -> t != null).distinct().toList();
        return this;
    }

    boolean employmentTypesKnown() {
        return employmentTypes == null || employmentTypes.stream()
                .allMatch(t -> Arrays.stream(EmploymentType.values()).anyMatch(e -> e.slug.equals(t)));
    }

    boolean salaryInRange() {
        return inRange(salaryMin) && inRange(salaryMax);
    }

    boolean salaryOrdered() {
        Integer min = number(salaryMin);
        Integer max = number(salaryMax);
        return min == null || max == null || min <= max;
    }

    boolean currencyGivenWithSalary() {
        return (salaryMin == null && salaryMax == null) || currency != null;
    }

    boolean currencyKnown() {
        return currency == null || Currencies.isKnown(currency);
    }

    boolean applyGiven() {
        return applyUrl != null || applyEmail != null;
    }

    boolean applyUrlWeb() {
        if (applyUrl == null) {
            return true;
        }
        try {
            URI uri = new URI(applyUrl);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    boolean expiryInFuture() {
        LocalDate date = date(expiresOn);
        return expiresOn == null || !expiresOn.matches(DATE)
                || (date != null && date.isAfter(today) && !date.isAfter(today.plusDays(MAX_DAYS_AHEAD)));
    }

    boolean featuredUntilSensible() {
        if (featuredUntil == null || !featuredUntil.matches(DATE)) {
            return true;
        }
        LocalDate date = date(featuredUntil);
        LocalDate expires = date(expiresOn);
        return date != null && !date.isBefore(today) && (expires == null || !date.isAfter(expires));
    }

    /** A form filled with a job's current values. */
    static JobForm of(Job job) {
        JobForm f = new JobForm();
        f.title = job.title;
        f.company = job.company.name;
        f.role = job.role == null ? null : job.role.slug;
        f.location = job.location;
        f.remote = Boolean.toString(job.remote);
        f.employmentTypes = job.types().stream().map(t -> t.slug).toList();
        f.level = job.experienceLevel.slug;
        f.salaryMin = job.salaryMin == null ? null : job.salaryMin.toString();
        f.salaryMax = job.salaryMax == null ? null : job.salaryMax.toString();
        f.currency = job.currency;
        f.description = job.description;
        f.applyUrl = job.applyUrl;
        f.applyEmail = job.applyEmail;
        f.status = job.status == Job.Status.PUBLISHED ? "published" : "draft";
        f.expiresOn = job.expiresOn.toString();
        f.featuredUntil = job.featuredUntil == null ? null : job.featuredUntil.toString();
        f.version = Integer.toString(job.version);
        return f;
    }

    /** A blank form for a new job: published, full time, closing in 30 days. */
    static JobForm blank(String token, LocalDate today) {
        JobForm f = new JobForm();
        f.remote = "false";
        f.employmentTypes = List.of(EmploymentType.FULL_TIME.slug);
        f.status = "published";
        f.expiresOn = today.plusDays(30).toString();
        f.formToken = token;
        return f;
    }

    public boolean hasType(String slug) {
        return employmentTypes != null && employmentTypes.contains(slug);
    }

    public boolean isPreview() {
        return "preview".equals(action);
    }

    ExperienceLevel levelValue() {
        return Arrays.stream(ExperienceLevel.values()).filter(l -> l.slug.equals(level)).findFirst().orElseThrow();
    }

    String[] employmentTypeNames() {
        return employmentTypes.stream().map(s -> Arrays.stream(EmploymentType.values())
                .filter(e -> e.slug.equals(s)).findFirst().orElseThrow().name()).toArray(String[]::new);
    }

    static Integer number(String s) {
        if (s == null || !s.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(s);
    }

    static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean inRange(String s) {
        Integer n = number(s);
        return s == null || !s.matches("\\d{1,9}") || (n != null && n >= 1 && n <= MAX_SALARY);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
