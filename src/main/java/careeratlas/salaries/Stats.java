package careeratlas.salaries;

/** Figures of a set of salaries: how many, and the percentiles (linear interpolation, PostgreSQL percentile_cont). */
public record Stats(long n, double p10, double p25, double p50, double p75, double p90, double min, double max) {

    /** Fewer answers than this and the page says so instead of printing a median. */
    public static final int MIN_RELIABLE = 10;

    public boolean reliable() {
        return n >= MIN_RELIABLE;
    }

    static Stats of(Object[] row, int at) {
        long n = ((Number) row[at]).longValue();
        if (n == 0) {
            return new Stats(0, 0, 0, 0, 0, 0, 0, 0);
        }
        return new Stats(n, d(row[at + 1]), d(row[at + 2]), d(row[at + 3]), d(row[at + 4]), d(row[at + 5]),
                d(row[at + 6]), d(row[at + 7]));
    }

    private static double d(Object o) {
        return o == null ? 0 : ((Number) o).doubleValue();
    }

    /** SQL for the columns {@link #of} reads, over the value expression {@code v}. */
    static String columns(String v) {
        return "count(*), percentile_cont(0.1) within group (order by " + v + "), "
                + "percentile_cont(0.25) within group (order by " + v + "), "
                + "percentile_cont(0.5) within group (order by " + v + "), "
                + "percentile_cont(0.75) within group (order by " + v + "), "
                + "percentile_cont(0.9) within group (order by " + v + "), min(" + v + "), max(" + v + ")";
    }
}
