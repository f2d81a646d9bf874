package careeratlas.jobs;

import careeratlas.catalog.RoleCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import careeratlas.platform.Texts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The job form's rules, shared by the admin form and the employers' "Post a job" form. */
@ApplicationScoped
public class JobFormValidation {

    @Inject
    Validator validator;

    @Inject
    RoleCatalog catalog;

    @Inject
    JobTags jobTags;

    /** Each field's first error, in form order; empty when the form is valid. */
    public Map<String, String> validate(JobForm form) {
        Map<String, String> errors = new HashMap<>();
        for (ConstraintViolation<JobForm> v : validator.validate(form)) {
            errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
        }
        if (!errors.containsKey("role") && form.role != null && !catalog.exists(form.role)) {
            errors.put("role", "Choose a role from the list.");
        }
        if (!errors.containsKey("tags") && jobTags.named(form.tagsTicked()).size() != form.tags.size()) {
            errors.put("tags", "Some ticked tags are no longer skills or tools we list: reload the job and edit it again.");
        }
        if (!errors.containsKey("addTags") && form.addTags != null) {
            List<String> unknown = jobTags.resolve(form.addTags).unknown();
            if (!unknown.isEmpty()) {
                errors.put("addTags", "We list no skill or tool called " + unknown.stream()
                        .map(u -> "“" + Texts.shorten(u, 40) + "”").collect(Collectors.joining(", "))
                        + ". Use a name from the skill and tool pages, or an alias they list.");
            }
        }
        return JobForm.ordered(errors);
    }
}
