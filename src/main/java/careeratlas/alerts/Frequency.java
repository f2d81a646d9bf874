package careeratlas.alerts;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How often an alert is sent. A run sends an alert when its last run is at least {@link #due} ago: a little less
 * than the period, so that a run that starts a few minutes early (or late) the next day still finds it due.
 */
public enum Frequency {
    DAILY("daily", "Daily", "day", Duration.ofHours(23)),
    WEEKLY("weekly", "Weekly", "week", Duration.ofDays(7).minusHours(1));

    /** The public (form) name. */
    public final String slug;
    public final String label;
    /** "day" or "week", for sentences. */
    public final String period;
    public final Duration due;

    Frequency(String slug, String label, String period, Duration due) {
        this.slug = slug;
        this.label = label;
        this.period = period;
        this.due = due;
    }

    /** The frequency with this form value, if any. */
    public static Optional<Frequency> bySlug(String slug) {
        String s = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.slug.equals(s)).findFirst();
    }
}
