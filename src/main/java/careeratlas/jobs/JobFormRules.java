package careeratlas.jobs;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The job form's rules that look at more than one field or at the value's meaning (salary range, currency code,
 * apply link scheme, dates); each broken rule is reported on the field it concerns.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = JobFormRules.Check.class)
public @interface JobFormRules {

    String message() default "The job form has errors.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<JobFormRules, JobForm> {

        @Override
        public boolean isValid(JobForm form, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            boolean ok = rule(context, form.employmentTypesKnown(), "employmentTypes", "Choose employment types from the list.");
            ok &= rule(context, form.salaryInRange(), "salaryMax", form.salaryRangeMessage());
            ok &= rule(context, form.salaryOrdered(), "salaryMax", "The maximum salary cannot be lower than the minimum.");
            ok &= rule(context, form.currencyGivenWithSalary(), "currency", "Choose the currency of the salary.");
            ok &= rule(context, form.currencyKnown(), "currency", "Choose a currency from the list.");
            ok &= rule(context, form.applyGiven(), "applyUrl", "Give an apply link or an apply e-mail address.");
            ok &= rule(context, form.applyUrlWeb(), "applyUrl", "The apply link must be a full http:// or https:// address.");
            ok &= rule(context, form.expiryInFuture(), "expiresOn", "The closing date must be a real date after today and within a year.");
            ok &= rule(context, form.featuredUntilSensible(), "featuredUntil",
                    "The featured-until date must be a real date, today or later, and not after the closing date.");
            ok &= rule(context, form.countryKnown(), "country", "Choose the country from the list.");
            ok &= rule(context, form.remoteCountriesKnown(), "remoteCountries", "Use ISO 3166 country codes, like DE, CH or GB.");
            ok &= rule(context, form.remoteGroupsKnown(), "remoteGroups", "Choose groups from the list.");
            ok &= rule(context, form.offsetsSensible(), "utcOffsetMax",
                    "Give both UTC offsets or neither, each from -12 to 14, the earliest first.");
            ok &= rule(context, form.tagValuesWellFormed(), "tags", "This form is damaged: reload the job and edit it again.");
            return ok;
        }

        private static boolean rule(ConstraintValidatorContext context, boolean valid, String field, String message) {
            if (!valid) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            }
            return valid;
        }
    }
}
