package careeratlas.salaries;

/** Figures of a set of salaries: how many, and the percentiles (linear interpolation, PostgreSQL percentile_cont). */
public record Stats(long n, double p10, double p25, double p50, double p75, double p90, double min, double max) {

    /** Fewer answers than this and the page says so instead of printing a median. */
    public static final int MIN_RELIABLE = careeratlas.platform.SurveyAnswers.MIN_RELIABLE;

    /** No answers at all. */
    public static final Stats NONE = new Stats(0, 0, 0, 0, 0, 0, 0, 0);

    public boolean reliable() {
        return n >= MIN_RELIABLE;
    }

    /** Reads the columns written by {@link #columns}: count, the percentile array, min, max. */
    static Stats of(Object[] row, int at) {
        long n = ((Number) row[at]).longValue();
        if (n == 0) {
            return Stats.NONE;
        }
        double[] p = doubles(row[at + 1]);
        return new Stats(n, p[0], p[1], p[2], p[3], p[4], d(row[at + 2]), d(row[at + 3]));
    }

    private static double[] doubles(Object array) {
        try {
            Object values = array instanceof java.sql.Array sql ? sql.getArray() : array;
            if (values instanceof double[] primitive) {
                return primitive;
            }
            Object[] boxed = (Object[]) values;
            double[] out = new double[boxed.length];
            for (int i = 0; i < boxed.length; i++) {
                out[i] = d(boxed[i]);
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("percentiles", e);
        }
    }

    private static double d(Object o) {
        return o == null ? 0 : ((Number) o).doubleValue();
    }

    /**
     * SQL for the columns {@link #of} reads, over the value expression {@code v}: one sort gives all five
     * percentiles.
     */
    static String columns(String v) {
        return "count(*), percentile_cont(array[0.1, 0.25, 0.5, 0.75, 0.9]) within group (order by " + v + "), "
                + "min(" + v + "), max(" + v + ")";
    }
}
