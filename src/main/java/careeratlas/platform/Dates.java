package careeratlas.platform;

import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;

/** Dates as the site prints them: "Oct. 30, 2024" (AP-style month abbreviations) and "3 days ago". */
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

    /** "today", "yesterday", "3 days ago", "2 weeks ago", "3 months ago". */
    public static String ago(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(date, today);
        if (days <= 0) {
            return "today";
        }
        if (days == 1) {
            return "yesterday";
        }
        if (days < 14) {
            return days + " days ago";
        }
        if (days < 60) {
            return days / 7 + " weeks ago";
        }
        return days / 30 + " months ago";
    }
}
