package careeratlas.web;

import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.ChronoField;

/** Dates as the site prints them: "Oct. 30, 2024" (AP-style month abbreviations). */
public final class Dates {

    private static final String[] MONTHS = {
        "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."
    };

    private Dates() {
    }

    public static String display(TemporalAccessor date) {
        return MONTHS[date.get(ChronoField.MONTH_OF_YEAR) - 1] + " " + date.get(ChronoField.DAY_OF_MONTH) + ", "
                + date.get(ChronoField.YEAR);
    }

    /** ISO form for {@code <time datetime>}. */
    public static String iso(LocalDate date) {
        return date.toString();
    }
}
