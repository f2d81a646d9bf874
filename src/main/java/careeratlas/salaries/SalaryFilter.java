package careeratlas.salaries;

import careeratlas.platform.Currencies;
import careeratlas.platform.Texts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a salary page is narrowed to. Without a currency, figures use the survey's own conversion to US dollars
 * ({@code salary_in_usd}); with one, only answers paid in that currency count, in that currency.
 */
public record SalaryFilter(String currency, String level, boolean remote, Integer year, String country,
                           List<String> ignored) {

    /** Survey level codes by their public names. */
    static final Map<String, String> LEVELS = new LinkedHashMap<>();

    static {
        LEVELS.put("entry", "EN");
        LEVELS.put("mid", "MI");
        LEVELS.put("senior", "SE");
        LEVELS.put("executive", "EX");
    }

    static final Map<String, String> LEVEL_NAMES = Map.of("EN", "Entry-level", "MI", "Mid-level", "SE", "Senior",
            "EX", "Executive");

    public static SalaryFilter parse(SalaryFilterParams p) {
        String currency = p.currency, level = p.level, remote = p.remote, year = p.year, country = p.country;
        List<String> ignored = new ArrayList<>();
        String cur = blank(currency) ? null : currency.strip().toUpperCase(Locale.ROOT);
        if (cur != null && !Currencies.isKnown(cur)) {
            ignored.add("currency “" + shorten(currency) + "” is not a currency code");
            cur = null;
        }
        String lvl = blank(level) ? null : LEVELS.get(level.strip().toLowerCase(Locale.ROOT));
        if (!blank(level) && lvl == null) {
            ignored.add("level “" + shorten(level) + "” is not entry, mid, senior or executive");
        }
        Integer y = null;
        if (!blank(year)) {
            try {
                y = Integer.valueOf(year.strip());
                if (y < 2000 || y > 2100) {
                    ignored.add("year " + y + " is out of range");
                    y = null;
                }
            } catch (NumberFormatException e) {
                ignored.add("year “" + shorten(year) + "” is not a year");
            }
        }
        String c = blank(country) ? null : country.strip().toUpperCase(Locale.ROOT);
        if (c != null && !c.matches("[A-Z]{2}")) {
            ignored.add("country “" + shorten(country) + "” is not a two-letter country code");
            c = null;
        }
        return new SalaryFilter(cur, lvl, "true".equalsIgnoreCase(remote), y, c, List.copyOf(ignored));
    }

    public static SalaryFilter none() {
        return new SalaryFilter(null, null, false, null, null, List.of());
    }

    /** "USD (converted by the survey)" or the chosen currency. */
    public String currencyLabel() {
        return currency == null ? "USD" : currency;
    }

    public boolean converted() {
        return currency == null;
    }

    public boolean isNarrowed() {
        return currency != null || level != null || remote || year != null || country != null;
    }

    public List<String> levelChoices() {
        return List.copyOf(LEVELS.keySet());
    }

    public String levelSlug() {
        return level == null ? null : LEVELS.entrySet().stream().filter(e -> e.getValue().equals(level))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** The filters as a query string ("" or "?currency=EUR&level=senior"). */
    public String query() {
        Map<String, String> p = new LinkedHashMap<>();
        if (currency != null) {
            p.put("currency", currency);
        }
        if (level != null) {
            p.put("level", levelSlug());
        }
        if (remote) {
            p.put("remote", "true");
        }
        if (year != null) {
            p.put("year", year.toString());
        }
        if (country != null) {
            p.put("country", country);
        }
        StringBuilder sb = new StringBuilder();
        p.forEach((k, v) -> sb.append(sb.isEmpty() ? "?" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }

    /** The SQL conditions on {@code s} (salary_report) and the value column. */
    String where(Map<String, Object> params) {
        StringBuilder sb = new StringBuilder("s.role_id = :role");
        if (currency != null) {
            sb.append(" and s.salary_currency = :currency");
            params.put("currency", currency);
        }
        if (level != null) {
            sb.append(" and s.experience_level = :level");
            params.put("level", level);
        }
        if (remote) {
            sb.append(" and s.remote_ratio = 100");
        }
        if (year != null) {
            sb.append(" and s.work_year = :year");
            params.put("year", year);
        }
        if (country != null) {
            sb.append(" and s.employee_residence = :country");
            params.put("country", country);
        }
        return sb.toString();
    }

    String value() {
        return currency == null ? "s.salary_in_usd" : "s.salary";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String shorten(String s) {
        return Texts.shorten(s.strip(), 30);
    }
}
