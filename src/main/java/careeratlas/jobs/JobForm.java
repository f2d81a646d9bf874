package careeratlas.jobs;

import careeratlas.platform.Currencies;
import careeratlas.platform.PayPeriod;

import careeratlas.catalog.EmploymentType;
import careeratlas.catalog.ExperienceLevel;
import careeratlas.catalog.Role;
import careeratlas.platform.Slugs;
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

    /** Field order for error summaries and change lists. */
    public static final List<String> FIELDS = List.of("title", "company", "role", "location", "country", "region",
            "city", "remotePolicy", "remoteGroups", "remoteCountries", "utcOffsetMin", "utcOffsetMax", "remote",
            "employmentTypes", "level", "salaryMin", "salaryMax", "currency", "salaryPeriod", "description", "tags", "addTags",
            "applyUrl", "applyEmail", "status", "expiresOn", "featuredUntil");

    /** The largest yearly salary; monthly and hourly pay have their own bounds ({@link PayPeriod#max}). */
    public static final int MAX_SALARY = PayPeriod.YEAR.max;
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

    /** ISO 3166-1 alpha-2 code of the country the job is in (optional for a remote job). */
    @RestForm
    @Pattern(regexp = "[A-Z]{2}", message = "Choose the country from the list.")
    public String country;

    @RestForm
    @Size(max = 100, message = "Keep the region under 100 characters.")
    public String region;

    @RestForm
    @Size(max = 100, message = "Keep the city under 100 characters.")
    public String city;

    /** on-site, hybrid or remote; when it is not sent, {@link #remote} decides (true: remote, false: on-site). */
    @RestForm
    @Pattern(regexp = "on-site|hybrid|remote", message = "Choose on site, hybrid or remote.")
    public String remotePolicy;

    /** Country groups a remote job is open to: EU, EEA, AMERICAS, NORTHAMERICA (repeatable). */
    @RestForm
    @Size(max = 10, message = "Choose groups from the list.")
    public List<String> remoteGroups = new ArrayList<>();

    /** More countries a remote job is open to, as ISO codes separated by commas or spaces: "CH, GB". */
    @RestForm
    @Size(max = 800, message = "Keep the list of countries under 800 characters.")
    @Pattern(regexp = "[A-Za-z]{2}([ ,;]+[A-Za-z]{2})*", message = "Write the countries as two-letter ISO codes separated by commas, like CH, GB.")
    public String remoteCountries;

    /** The working-hours window of a remote job as UTC offsets in whole hours, from -12 to 14. */
    @RestForm
    @Pattern(regexp = "[+-]?\\d{1,2}", message = "Enter the earliest UTC offset as a whole number of hours, like -5 or 2.")
    public String utcOffsetMin;

    @RestForm
    @Pattern(regexp = "[+-]?\\d{1,2}", message = "Enter the latest UTC offset as a whole number of hours, like -5 or 2.")
    public String utcOffsetMax;

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

    /** What the salary figures are per: hour, month or year (the default, also when the field is not sent). */
    @RestForm
    @Pattern(regexp = "hour|month|year", message = "Choose whether the salary is per hour, per month or per year.")
    public String salaryPeriod;

    public static final int MAX_DESCRIPTION = 20_000;

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

    /**
     * The skills and tools the job is tagged with, as "skill:{slug}" and "tool:{slug}" (the ticked boxes). Used
     * only when {@link #tagsShown} is "true": a form that never showed the tags (a post with curl) leaves a new
     * job with the tags found in its text and an edited job with the tags it had.
     */
    @RestForm
    @Size(max = 400, message = "This form is damaged: reload the job and edit it again.")
    public List<String> tags = new ArrayList<>();

    /** The tags the form showed as boxes: a tag found in the text is added on saving unless it was offered. */
    @RestForm
    @Size(max = 400, message = "This form is damaged: reload the job and edit it again.")
    public List<String> tagsOffered = new ArrayList<>();

    /** "true" when the form showed the tag boxes. */
    @RestForm
    @Pattern(regexp = "true", message = "This form is damaged: reload the job and edit it again.")
    public String tagsShown;

    /** More tags, typed as names or aliases separated by commas: "Postgres, sklearn". */
    @RestForm
    @Size(max = 500, message = "Keep the tags to add under 500 characters.")
    public String addTags;

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
    public LocalDate today;

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
        salaryPeriod = trim(salaryPeriod);
        if (salaryPeriod == null) {
            salaryPeriod = PayPeriod.YEAR.slug;
        }
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
        country = trim(country);
        region = trim(region);
        city = trim(city);
        remotePolicy = trim(remotePolicy);
        remoteCountries = trim(remoteCountries);
        utcOffsetMin = trim(utcOffsetMin);
        utcOffsetMax = trim(utcOffsetMax);
        remoteGroups = remoteGroups == null ? new ArrayList<>()
                : remoteGroups.stream().map(JobForm::trim).filter(t -> t != null).distinct().toList();
        if (remotePolicy == null && remote != null) {
            remotePolicy = "true".equals(remote) ? "remote" : "on-site";
        }
        if (remotePolicy != null && remotePolicy.matches("on-site|hybrid|remote")) {
            remote = Boolean.toString(remotePolicy.equals("remote"));
        }
        tagsShown = trim(tagsShown);
        addTags = trim(addTags);
        tags = tags == null ? new ArrayList<>() : tags.stream().map(JobForm::trim).filter(t -> t != null).distinct().toList();
        tagsOffered = tagsOffered == null ? new ArrayList<>()
                : tagsOffered.stream().map(JobForm::trim).filter(t -> t != null).distinct().toList();
        employmentTypes = employmentTypes == null ? new ArrayList<>()
                : employmentTypes.stream().map(JobForm::trim).filter(t -> t != null).distinct().toList();
        return this;
    }

    boolean employmentTypesKnown() {
        return employmentTypes == null || employmentTypes.stream()
                .allMatch(t -> Arrays.stream(EmploymentType.values()).anyMatch(e -> e.slug.equals(t)));
    }

    static final java.util.Set<String> ISO_COUNTRIES = java.util.Set.of(Locale.getISOCountries());

    boolean countryKnown() {
        return country == null || !country.matches("[A-Z]{2}") || ISO_COUNTRIES.contains(country);
    }

    /** The extra remote countries as upper-case codes, in the order typed. */
    public List<String> remoteCountryCodes() {
        if (remoteCountries == null || !remoteCountries.matches("[A-Za-z]{2}([ ,;]+[A-Za-z]{2})*")) {
            return List.of();
        }
        return Arrays.stream(remoteCountries.split("[ ,;]+")).map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList();
    }

    boolean remoteCountriesKnown() {
        return remoteCountryCodes().stream().allMatch(ISO_COUNTRIES::contains);
    }

    boolean remoteGroupsKnown() {
        return remoteGroups.stream().allMatch(careeratlas.jobs.JobPlace.MEMBERS::containsKey);
    }

    public static Integer offset(String s) {
        if (s == null || !s.matches("[+-]?\\d{1,2}")) {
            return null;
        }
        return Integer.valueOf(s.startsWith("+") ? s.substring(1) : s);
    }

    boolean offsetsSensible() {
        Integer min = offset(utcOffsetMin);
        Integer max = offset(utcOffsetMax);
        boolean inRange = (min == null || (min >= -12 && min <= 14)) && (max == null || (max >= -12 && max <= 14));
        return inRange && (min == null) == (max == null) && (min == null || min <= max);
    }

    boolean tagValuesWellFormed() {
        return java.util.stream.Stream.concat(tags.stream(), tagsOffered.stream())
                .allMatch(t -> careeratlas.jobs.JobTags.Tag.parse(t) != null);
    }

    /** The ticked tags (well-formed values only). */
    public List<careeratlas.jobs.JobTags.Tag> tagsTicked() {
        return tags.stream().map(careeratlas.jobs.JobTags.Tag::parse).filter(java.util.Objects::nonNull).toList();
    }

    public java.util.Set<String> offered() {
        return java.util.Set.copyOf(tagsOffered);
    }

    public boolean showedTags() {
        return "true".equals(tagsShown);
    }

    /** The text tags are found in. */
    public String taggedText() {
        return (title == null ? "" : title) + "\n" + (description == null ? "" : description);
    }

    boolean salaryInRange() {
        int max = period().max;
        return inRange(salaryMin, max) && inRange(salaryMax, max);
    }

    /** The period chosen; yearly while the field holds something else (its own rule reports that). */
    public PayPeriod period() {
        return PayPeriod.bySlug(salaryPeriod).orElse(PayPeriod.YEAR);
    }

    /** The salary range rule's message for the period chosen. */
    String salaryRangeMessage() {
        return switch (period()) {
            case HOUR -> "Hourly pay must be between 1 and " + careeratlas.platform.Money.grouped(PayPeriod.HOUR.max) + ".";
            case MONTH -> "Monthly salaries must be between 1 and " + careeratlas.platform.Money.grouped(PayPeriod.MONTH.max) + ".";
            case YEAR -> "Salaries must be between 1 and " + careeratlas.platform.Money.grouped(PayPeriod.YEAR.max) + ".";
        };
    }

    public boolean hasPeriod(String slug) {
        return slug.equals(salaryPeriod == null ? PayPeriod.YEAR.slug : salaryPeriod);
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
    public static JobForm of(Job job) {
        JobForm f = new JobForm();
        f.title = job.title;
        f.company = job.company.name;
        f.role = job.role == null ? null : job.role.slug;
        f.location = job.location;
        f.remote = Boolean.toString(job.remote);
        f.country = job.country;
        f.region = job.region;
        f.city = job.city;
        f.remotePolicy = job.remotePolicy == null ? (job.remote ? "remote" : "on-site") : job.remotePolicy.slug;
        f.remoteGroups = job.remoteGroups == null ? List.of() : List.of(job.remoteGroups);
        List<String> outside = job.remoteCountries == null ? List.of() : Arrays.stream(job.remoteCountries)
                .filter(c -> f.remoteGroups.stream().noneMatch(g -> careeratlas.jobs.JobPlace.MEMBERS
                        .getOrDefault(g, List.of()).contains(c))).toList();
        f.remoteCountries = outside.isEmpty() ? null : String.join(", ", outside);
        f.utcOffsetMin = job.utcOffsetMin == null ? null : job.utcOffsetMin.toString();
        f.utcOffsetMax = job.utcOffsetMax == null ? null : job.utcOffsetMax.toString();
        f.employmentTypes = job.types().stream().map(t -> t.slug).toList();
        f.level = job.experienceLevel.slug;
        f.salaryMin = job.salaryMin == null ? null : job.salaryMin.toString();
        f.salaryMax = job.salaryMax == null ? null : job.salaryMax.toString();
        f.currency = job.currency;
        f.salaryPeriod = (job.salaryPeriod == null ? PayPeriod.YEAR : job.salaryPeriod).slug;
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
    public static JobForm blank(String token, LocalDate today) {
        JobForm f = new JobForm();
        f.remote = "false";
        f.remotePolicy = "on-site";
        f.employmentTypes = List.of(EmploymentType.FULL_TIME.slug);
        f.status = "published";
        f.salaryPeriod = PayPeriod.YEAR.slug;
        f.expiresOn = today.plusDays(30).toString();
        f.formToken = token;
        return f;
    }

    public boolean hasGroup(String slug) {
        return remoteGroups != null && remoteGroups.contains(slug);
    }

    public boolean hasType(String slug) {
        return employmentTypes != null && employmentTypes.contains(slug);
    }

    public boolean isPreview() {
        return "preview".equals(action);
    }

    public ExperienceLevel levelValue() {
        return Arrays.stream(ExperienceLevel.values()).filter(l -> l.slug.equals(level)).findFirst().orElseThrow();
    }

    public String[] employmentTypeNames() {
        return employmentTypes.stream().map(s -> Arrays.stream(EmploymentType.values())
                .filter(e -> e.slug.equals(s)).findFirst().orElseThrow().name()).toArray(String[]::new);
    }

    public static Integer number(String s) {
        if (s == null || !s.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(s);
    }

    public static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean inRange(String s, int max) {
        Integer n = number(s);
        return s == null || !s.matches("\\d{1,9}") || (n != null && n >= 1 && n <= max);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The form's values on a job (the company is found by name, or created). */
    public void applyTo(Job job) {
        JobForm f = this;
        job.title = f.title;
        job.company = companyNamed(f.company);
        job.role = Role.findBySlug(f.role).orElseThrow();
        job.location = f.location;
        job.remotePolicy = switch (f.remotePolicy == null ? "on-site" : f.remotePolicy) {
            case "remote" -> Job.RemotePolicy.REMOTE;
            case "hybrid" -> Job.RemotePolicy.HYBRID;
            default -> Job.RemotePolicy.ONSITE;
        };
        job.remote = job.remotePolicy == Job.RemotePolicy.REMOTE;
        job.country = f.country;
        job.region = f.region;
        job.city = f.city;
        boolean remote = job.remote;
        job.remoteGroups = remote ? f.remoteGroups.toArray(String[]::new) : new String[0];
        job.remoteCountries = remote ? JobPlace.expand(f.remoteGroups, f.remoteCountryCodes()) : new String[0];
        Integer min = JobForm.offset(f.utcOffsetMin);
        Integer max = JobForm.offset(f.utcOffsetMax);
        job.utcOffsetMin = remote && min != null ? min.shortValue() : null;
        job.utcOffsetMax = remote && max != null ? max.shortValue() : null;
        job.employmentTypes = f.employmentTypeNames();
        job.experienceLevel = f.levelValue();
        job.salaryMin = JobForm.number(f.salaryMin);
        job.salaryMax = JobForm.number(f.salaryMax);
        job.currency = job.salaryMin == null && job.salaryMax == null ? null : f.currency;
        job.salaryPeriod = job.currency == null ? PayPeriod.YEAR : f.period();
        job.description = f.description;
        job.applyUrl = f.applyUrl;
        job.applyEmail = f.applyEmail;
        job.status = "draft".equals(f.status) ? Job.Status.DRAFT : Job.Status.PUBLISHED;
        job.expiresOn = JobForm.date(f.expiresOn);
        job.featuredUntil = JobForm.date(f.featuredUntil);
    }

    /** The company with this name (ignoring case), created when it is new. */
    public static Company companyNamed(String name) {
        return Company.<Company>find("lower(name) = lower(?1)", name).firstResultOptional().orElseGet(() -> {
            Company c = new Company();
            c.name = name;
            String base = Slugs.of(name).isEmpty() ? "company" : Slugs.of(name);
            String slug = base;
            for (int i = 2; Company.count("slug", slug) > 0; i++) {
                slug = base + "-" + i;
            }
            c.slug = slug;
            c.persist();
            return c;
        });
    }


    /** Errors in form order, each field's first message. */
    public static java.util.Map<String, String> ordered(java.util.Map<String, String> errors) {
        java.util.Map<String, String> ordered = new java.util.LinkedHashMap<>();
        FIELDS.forEach(f -> {
            if (errors.containsKey(f)) {
                ordered.put(f, errors.get(f));
            }
        });
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
