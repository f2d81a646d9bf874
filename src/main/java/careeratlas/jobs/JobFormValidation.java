package careeratlas.jobs;

import careeratlas.catalog.RoleCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.HashMap;
import java.util.Map;

/** The job form's rules, shared by the admin form and the employers' "Post a job" form. */
@ApplicationScoped
public class JobFormValidation {

    @Inject
    Validator validator;

    @Inject
    RoleCatalog catalog;

    /** Each field's first error, in form order; empty when the form is valid. */
    public Map<String, String> validate(JobForm form) {
        Map<String, String> errors = new HashMap<>();
        for (ConstraintViolation<JobForm> v : validator.validate(form)) {
            errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
        }
        if (!errors.containsKey("role") && form.role != null && !catalog.exists(form.role)) {
            errors.put("role", "Choose a role from the list.");
        }
        return JobForm.ordered(errors);
    }
}
