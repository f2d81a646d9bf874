package careeratlas.admin;

import careeratlas.jobs.EmploymentType;
import careeratlas.jobs.ExperienceLevel;
import careeratlas.roles.Role;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job form page: the values as typed, the error of each field with a summary, the choices of the selects,
 * and, when asked for, the rendered description or the other admin's version of the job; or why nothing could be
 * saved while the database was unreachable.
 */
public record JobFormView(JobForm form, Long jobId, Map<String, String> errors, List<Role> roles, List<String> companies,
                          String previewHtml, List<Difference> conflict, List<JobAudit> history,
                          boolean databaseDown) {

    /** A field that differs between the saved job and the form. */
    public record Difference(String field, String saved, String yours) {
    }

    /** Field order for the error summary. */
    static final List<String> FIELDS = List.of("title", "company", "role", "location", "remote", "employmentTypes",
            "level", "salaryMin", "salaryMax", "currency", "description", "applyUrl", "applyEmail", "status",
            "expiresOn", "featuredUntil");

    static final List<String> CURRENCIES = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
            .filter(c -> c.matches("[A-Z]{3}")).sorted().toList();

    public boolean isNew() {
        return jobId == null;
    }

    public String action() {
        return isNew() ? "/admin/jobs" : "/admin/jobs/" + jobId;
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

    public List<String> currencies() {
        return CURRENCIES;
    }

    /** Errors in form order, each field's first message. */
    static Map<String, String> ordered(Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.forEach(f -> {
            if (errors.containsKey(f)) {
                ordered.put(f, errors.get(f));
            }
        });
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
