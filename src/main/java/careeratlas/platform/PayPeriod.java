package careeratlas.platform;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The period a salary is stated for. Pay of different periods is compared as yearly equivalents: an hour counts
 * 2,080 times a year (40 hours a week for 52 weeks), a month 12 times.
 */
public enum PayPeriod {

    HOUR("hour", "Hourly", "an hour", 40 * 52, 10_000),
    MONTH("month", "Monthly", "a month", 12, 1_000_000),
    YEAR("year", "Yearly", "a year", 1, 10_000_000);

    /** Working hours in a year: 40 a week for 52 weeks (2,080). */
    public static final int HOURS_A_YEAR = HOUR.perYear;

    /** The slug used in forms and addresses: hour, month, year. */
    public final String slug;
    /** "Hourly", "Monthly", "Yearly". */
    public final String label;
    /** What follows an amount: "an hour", "a month", "a year". */
    public final String per;
    /** How many of these periods make a year. */
    public final int perYear;
    /** The largest amount a job may state for this period (the smallest is 1). */
    public final int max;

    PayPeriod(String slug, String label, String per, int perYear, int max) {
        this.slug = slug;
        this.label = label;
        this.per = per;
        this.perYear = perYear;
        this.max = max;
    }

    public static Optional<PayPeriod> bySlug(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
    }

    /**
     * SQL for the number of periods in a year of the period stored in {@code column} ({@code 'HOUR'}, ...), as fixed
     * text: {@code case j.salary_period when 'HOUR' then 2080 when 'MONTH' then 12 else 1 end}.
     */
    public static String perYearSql(String column) {
        return Arrays.stream(values()).filter(p -> p != YEAR)
                .map(p -> " when '" + p.name() + "' then " + p.perYear)
                .collect(Collectors.joining("", "(case " + column, " else 1 end)"));
    }
}
