package careeratlas.platform;

/**
 * Formats salary ranges the way job boards do: "USD 100K - 130K" for a yearly salary, "EUR 4K - 5K a month",
 * "GBP 25 - 35 an hour".
 */
public final class SalaryRanges {

    private SalaryRanges() {
    }

    /** A yearly range, or an empty string when the job states no salary. */
    public static String range(String currency, Integer min, Integer max) {
        return range(currency, min, max, PayPeriod.YEAR);
    }

    /** The range with its period ("a month", "an hour"; a yearly range says nothing more), or "" without a salary. */
    public static String range(String currency, Integer min, Integer max, PayPeriod period) {
        if (currency == null || (min == null && max == null)) {
            return "";
        }
        return currency + " " + amounts(min == null ? null : min.doubleValue(), max == null ? null : max.doubleValue())
                + (period == null || period == PayPeriod.YEAR ? "" : " " + period.per);
    }

    /** A range of yearly amounts that says so: "EUR 52K - 65K a year" (for converted figures); "" without any. */
    public static String yearly(String currency, java.math.BigDecimal min, java.math.BigDecimal max) {
        if (currency == null || (min == null && max == null)) {
            return "";
        }
        return currency + " " + amounts(min == null ? null : min.doubleValue(), max == null ? null : max.doubleValue())
                + " " + PayPeriod.YEAR.per;
    }

    private static String amounts(Double min, Double max) {
        return min == null || max == null || min.equals(max)
                ? Money.compact(min != null ? min : max)
                : Money.compact(min) + " - " + Money.compact(max);
    }
}
