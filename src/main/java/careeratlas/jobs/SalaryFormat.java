package careeratlas.jobs;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats salary ranges the way job boards do: "USD 100K - 130K". */
public final class SalaryFormat {

    private SalaryFormat() {
    }

    /** The range, or an empty string when the job states no salary. */
    public static String range(String currency, Integer min, Integer max) {
        if (currency == null || (min == null && max == null)) {
            return "";
        }
        if (min == null || max == null || min.equals(max)) {
            return currency + " " + compact(min != null ? min : max);
        }
        return currency + " " + compact(min) + " - " + compact(max);
    }

    /** 100000 as "100K", 75500 as "75.5K", 1200000 as "1.2M", 950 as "950". */
    static String compact(int amount) {
        if (amount >= 1_000_000) {
            return scaled(amount, 1_000_000) + "M";
        }
        if (amount >= 1_000) {
            return scaled(amount, 1_000) + "K";
        }
        return Integer.toString(amount);
    }

    private static String scaled(int amount, int unit) {
        return BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
