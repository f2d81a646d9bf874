package careeratlas.jobs;

import careeratlas.jobs.JobForm;
import careeratlas.jobs.JobAudit;
import careeratlas.platform.Currencies;
import careeratlas.platform.Urls;

import careeratlas.catalog.EmploymentType;
import careeratlas.catalog.ExperienceLevel;
import careeratlas.catalog.RoleSummary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job form page: the values as typed, the error of each field with a summary, the choices of the selects,
 * and, when asked for, the rendered description or the other admin's version of the job; or why nothing could be
 * saved while the database was unreachable.
 */
public record JobFormView(JobForm form, Long jobId, Map<String, String> errors, List<RoleSummary> roles, List<String> companies,
                          String previewHtml, List<Difference> conflict, List<JobAudit> history,
                          boolean databaseDown, List<TagChoice> tagChoices) {

    /** A tag box: ticked when the job has (or will have) the tag; {@code found} when its text names it. */
    public record TagChoice(String value, String name, boolean skill, boolean checked, boolean found) {
        public String id() {
            return "tag-" + value.replace(':', '-');
        }
    }

    public List<TagChoice> skillChoices() {
        return tagChoices.stream().filter(TagChoice::skill).toList();
    }

    public List<TagChoice> toolChoices() {
        return tagChoices.stream().filter(t -> !t.skill()).toList();
    }

    /** A field that differs between the saved job and the form. */
    public record Difference(String field, String saved, String yours) {
    }

    /** Field order for the error summary. */
    public static final List<String> FIELDS = careeratlas.jobs.JobForm.FIELDS;

    static final List<String> CURRENCIES = Currencies.CODES;

    public boolean isNew() {
        return jobId == null;
    }

    /** The job's public address by id (it redirects to the canonical one). */
    public String publicUrl() {
        return Urls.jobById(jobId);
    }

    public String action() {
        return isNew() ? Urls.adminJobs() : Urls.adminJob(jobId);
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    /** Attributes that tie a field to its error message for assistive technology. */
    public String invalid(String field) {
        return has(field) ? "true" : "false";
    }

    public List<Map.Entry<String, String>> summary() {
        return errors.entrySet().stream().toList();
    }

    public List<EmploymentType> types() {
        return List.of(EmploymentType.values());
    }

    public List<ExperienceLevel> levels() {
        return List.of(ExperienceLevel.values());
    }

    /** Every country by its English name, for the country select. */
    public List<Map.Entry<String, String>> countries() {
        return COUNTRIES;
    }

    static final List<Map.Entry<String, String>> COUNTRIES = java.util.Arrays.stream(java.util.Locale.getISOCountries())
            .map(c -> Map.entry(c, new java.util.Locale("", c).getDisplayCountry(java.util.Locale.ENGLISH)))
            .sorted(Map.Entry.comparingByValue()).toList();

    public List<Map.Entry<String, String>> countryGroups() {
        return List.of(Map.entry("EU", "European Union"), Map.entry("EEA", "European Economic Area"),
                Map.entry("NORTHAMERICA", "North America (US, Canada, Mexico)"), Map.entry("AMERICAS", "The Americas"));
    }

    public List<String> currencies() {
        return CURRENCIES;
    }

    /** The salary periods, for the "paid per" choice. */
    public List<careeratlas.platform.PayPeriod> periods() {
        return List.of(careeratlas.platform.PayPeriod.values());
    }

    public static Map<String, String> ordered(Map<String, String> errors) {
        return careeratlas.jobs.JobForm.ordered(errors);
    }
}
