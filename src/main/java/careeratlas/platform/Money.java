package careeratlas.platform;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the site prints amounts of money: "95,000" in full and "95K", "75.5K", "1.25M" in short. */
@TemplateExtension
public final class Money {

    private Money() {
    }

    /** Thousands separated, no decimals: 95000.4 as "95,000". */
    public static String full(double amount) {
        return grouped(Math.round(amount));
    }

    /** 100000 as "100K", 75500 as "75.5K", 1250000 as "1.25M", 950 as "950"; at most two decimals. */
    public static String compact(double amount) {
        if (Math.abs(amount) >= 1_000_000) {
            return scaled(amount, 1_000_000) + "M";
        }
        if (Math.abs(amount) >= 1_000) {
            return scaled(amount, 1_000) + "K";
        }
        return scaled(amount, 1);
    }

    /** {@code {value.money}} in templates. */
    static String money(Double value) {
        return full(value);
    }

    /** {@code {count.thousands}} in templates: 74301 as "74,301". */
    static String thousands(Long value) {
        return grouped(value);
    }

    /** 74301 as "74,301", without a Formatter (it runs many times on every rendered page). */
    public static String grouped(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            out.append('-');
        }
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }

    private static String scaled(double amount, int unit) {
        return BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(unit), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
