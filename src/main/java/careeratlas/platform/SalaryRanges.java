package careeratlas.platform;

/** Formats salary ranges the way job boards do: "USD 100K - 130K". */
public final class SalaryRanges {

    private SalaryRanges() {
    }

    /** The range, or an empty string when the job states no salary. */
    public static String range(String currency, Integer min, Integer max) {
        if (currency == null || (min == null && max == null)) {
            return "";
        }
        if (min == null || max == null || min.equals(max)) {
            return currency + " " + Money.compact(min != null ? min : max);
        }
        return currency + " " + Money.compact(min) + " - " + Money.compact(max);
    }
}
