package careeratlas.alerts;

import java.util.List;
import java.util.Map;

/**
 * The "E-mail me new jobs like these" form: the board's filters in words and as their canonical query string
 * ({@code filters}, sent back in a hidden field), what the person typed, and the problems found, by field.
 */
public record NewAlertForm(String summary, String filters, String boardUrl, String email, String frequency,
                           Map<String, String> errors) {

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** "true" when the field has a problem, for {@code aria-invalid}. */
    public String invalid(String field) {
        return has(field) ? "true" : "false";
    }

    /** The problems in the order of the fields, for the summary above the form. */
    public List<Map.Entry<String, String>> problems() {
        return List.copyOf(errors.entrySet());
    }

    public boolean weekly() {
        return Frequency.WEEKLY.slug.equals(frequency);
    }
}
