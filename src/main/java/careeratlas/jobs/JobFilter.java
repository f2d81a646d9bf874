package careeratlas.jobs;

import careeratlas.catalog.EmploymentType;
import careeratlas.catalog.ExperienceLevel;
import careeratlas.platform.Texts;
import careeratlas.platform.Urls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The job board's filters, parsed leniently from query parameters: a value that cannot be used is dropped and
 * reported in {@link #ignored()} instead of failing the request.
 *
 * <p>Pay: {@code salaryMin} is a yearly amount in {@link #comparisonCurrency()} (the {@code currency} asked for, or
 * {@value #DEFAULT_CURRENCY}); every job's pay is compared as a yearly equivalent converted with the exchange rates.
 * {@code currency} never filters jobs by their own currency. {@code salaryListed} ({@code salary=listed}) leaves out
 * the jobs whose pay cannot be compared (no salary, or a currency without a rate); {@code salary=any}, the default,
 * keeps them.
 */
public record JobFilter(String role, ExperienceLevel level, EmploymentType type, boolean remote, Integer salaryMin,
                        String currency, String q, String skill, String tool, String country, boolean hybrid,
                        int page, List<String> ignored, JobCursor cursor, boolean salaryListed) {

    /** No filter at all: every open job. */
    public static final JobFilter NONE = new JobFilter(null, null, null, false, null, null, null, null, null, null, false, 1, List.of(), null, false);

    /** The open jobs of one role. */
    public static JobFilter forRole(String roleSlug) {
        return new JobFilter(roleSlug, null, null, false, null, null, null, null, null, null, false, 1, List.of(), null, false);
    }

    /** The role's jobs with one skill or tool (either may be null). */
    public static JobFilter forRoleAndTerm(String role, String skill, String tool) {
        return new JobFilter(role, null, null, false, null, null, null, skill, tool, null, false, 1, List.of(), null, false);
    }

    /** The open jobs tagged with one skill. */
    public static JobFilter forSkill(String slug) {
        return new JobFilter(null, null, null, false, null, null, null, slug, null, null, false, 1, List.of(), null, false);
    }

    /** The open jobs tagged with one tool. */
    public static JobFilter forTool(String slug) {
        return new JobFilter(null, null, null, false, null, null, null, null, slug, null, false, 1, List.of(), null, false);
    }

    /**
     * The slugs the board knows, for checking the slug-valued parameters (asked only when one is given), and the
     * currencies with an exchange rate (asked only when pay is to be converted).
     */
    public record Known(Set<String> roles, java.util.function.Predicate<String> skill,
                        java.util.function.Predicate<String> tool, java.util.function.Predicate<String> rated) {
    }

    /** The currency of a minimum salary given without one. */
    public static final String DEFAULT_CURRENCY = "USD";

    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_SALARY = 100_000_000;
    /**
     * Page numbers ({@code ?page=N}, the board's links before keyset pages) are still read, by skipping rows, up to
     * this page; the board's own links are cursors ({@link JobCursor}), which cost the same on any page.
     */
    public static final int MAX_PAGE = 500;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** One filter dimension, for facet counts and for removing a filter. */
    public enum Dimension { ROLE, LEVEL, TYPE, REMOTE, SALARY, CURRENCY, QUERY, SKILL, TOOL, COUNTRY, HYBRID, LISTED }

    public static JobFilter parse(JobFilterParams p, Known known) {
        String level = p.level, type = p.type, remote = p.remote, salaryMin = p.salaryMin,
                currency = p.currency, q = p.q, page = p.page;
        List<String> ignored = new ArrayList<>();
        String roleSlug = known(p.role, known.roles()::contains, "role", "a role we list", ignored);
        String skillSlug = known(p.skill, known.skill(), "skill", "a skill we list", ignored);
        String toolSlug = known(p.tool, known.tool(), "tool", "a tool we list", ignored);
        ExperienceLevel lvl = bySlug(ExperienceLevel.values(), level, l -> l.slug).orElse(null);
        if (lvl == null && blankToNull(level) != null) {
            ignored.add("experience level “" + shorten(level) + "” is unknown");
        }
        EmploymentType typ = bySlug(EmploymentType.values(), type, t -> t.slug).orElse(null);
        if (typ == null && blankToNull(type) != null) {
            ignored.add("employment type “" + shorten(type) + "” is unknown");
        }
        Integer min = null;
        if (blankToNull(salaryMin) != null) {
            try {
                min = Integer.valueOf(salaryMin.strip());
                if (min <= 0 || min > MAX_SALARY) {
                    ignored.add("minimum salary must be between 1 and " + MAX_SALARY);
                    min = null;
                }
            } catch (NumberFormatException e) {
                ignored.add("minimum salary “" + shorten(salaryMin) + "” is not a whole number");
            }
        }
        String cur = blankToNull(currency);
        if (cur != null) {
            cur = cur.strip().toUpperCase(Locale.ROOT);
            if (!CURRENCY.matcher(cur).matches()) {
                ignored.add("currency “" + shorten(currency) + "” is not a three-letter currency code");
                cur = null;
            }
        }
        String comparedIn = cur != null ? cur : min != null ? DEFAULT_CURRENCY : null;
        if (comparedIn != null && !known.rated().test(comparedIn)) {
            ignored.add("we have no exchange rate for " + comparedIn + (min != null
                    ? ", so the minimum salary was left out" : ", so pay is shown in each job's own currency only"));
            cur = null;
            min = null;
        }
        boolean listed = false;
        String salary = blankToNull(p.salary);
        if (salary != null) {
            switch (salary.strip().toLowerCase(Locale.ROOT)) {
                case "listed" -> listed = true;
                case "any" -> listed = false;
                default -> ignored.add("salary “" + shorten(salary) + "” is neither “any” nor “listed”");
            }
        }
        String query = blankToNull(q);
        if (query != null) {
            query = query.strip();
            if (query.length() > MAX_QUERY_LENGTH) {
                ignored.add("the search text was cut to its first " + MAX_QUERY_LENGTH + " characters");
                query = query.substring(0, MAX_QUERY_LENGTH);
            }
        }
        String countryCode = blankToNull(p.country);
        if (countryCode != null) {
            countryCode = countryCode.strip().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(countryCode)) {
                ignored.add("country “" + shorten(p.country) + "” is not an ISO 3166 country code such as DE or US");
                countryCode = null;
            }
        }
        JobCursor cursor = null;
        String token = blankToNull(p.after) != null ? p.after : p.before;
        if (blankToNull(token) != null) {
            cursor = JobCursor.parse(token, blankToNull(p.after) == null).orElse(null);
            if (cursor == null) {
                ignored.add("the link to another page of this list is not valid: this is the first page");
            }
        }
        return new JobFilter(roleSlug, lvl, typ, "true".equalsIgnoreCase(blankToNull(remote)), min, cur, query,
                skillSlug, toolSlug, countryCode, "true".equalsIgnoreCase(blankToNull(p.hybrid)),
                cursor != null ? 1 : parsePage(page), List.copyOf(ignored), cursor, listed);
    }

    /** A slug the board knows, or null (with the reason in {@code ignored}) for anything else. */
    private static String known(String value, java.util.function.Predicate<String> slugs, String what, String known,
                                List<String> ignored) {
        String slug = blankToNull(value);
        if (slug == null) {
            return null;
        }
        slug = slug.strip();
        if (!SLUG.matcher(slug).matches() || !slugs.test(slug)) {
            ignored.add(what + " “" + shorten(slug) + "” is not " + known);
            return null;
        }
        return slug;
    }

    /** Page numbers start at 1; anything unusable means the first page, anything huge the last one we read. */
    static int parsePage(String page) {
        if (blankToNull(page) == null) {
            return 1;
        }
        try {
            long p = Long.parseLong(page.strip());
            return (int) Math.max(1, Math.min(p, MAX_PAGE));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The same filters with another search text. */
    public JobFilter withQuery(String text) {
        return new JobFilter(role, level, type, remote, salaryMin, currency, text, skill, tool, country, hybrid, page,
                ignored, cursor, salaryListed);
    }

    /** The same filters on the list's first page. */
    public JobFilter atStart() {
        return new JobFilter(role, level, type, remote, salaryMin, currency, q, skill, tool, country, hybrid, 1,
                ignored, null, salaryListed);
    }

    /** The same filters as the key of their counts: first page, no notices (the counts are the same on any page). */
    public JobFilter countsKey() {
        return new JobFilter(role, level, type, remote, salaryMin, currency, q, skill, tool, country, hybrid, 1,
                List.of(), null, salaryListed);
    }

    /** The number of the page shown: the cursor's, or the page number of an old link. */
    public int pageNumber() {
        return cursor != null ? cursor.page() : page;
    }

    /** True on the list's first page. */
    public boolean firstPage() {
        return pageNumber() == 1;
    }

    /** The board with these filters at a cursor. */
    public String url(JobCursor at) {
        Map<String, String> params = params(null, 1);
        params.put(at.before() ? "before" : "after", at.token());
        return Urls.jobs(Urls.query(params));
    }

    /**
     * The currency pay is compared and converted in: the one asked for, or {@value #DEFAULT_CURRENCY} for a minimum
     * salary given without one; null when pay is not converted.
     */
    public String comparisonCurrency() {
        return currency != null ? currency : salaryMin != null ? DEFAULT_CURRENCY : null;
    }

    public boolean has(Dimension d) {
        return switch (d) {
            case ROLE -> role != null;
            case LEVEL -> level != null;
            case TYPE -> type != null;
            case REMOTE -> remote;
            case SALARY -> salaryMin != null;
            case CURRENCY -> currency != null;
            case QUERY -> q != null;
            case SKILL -> skill != null;
            case TOOL -> tool != null;
            case COUNTRY -> country != null;
            case HYBRID -> hybrid;
            case LISTED -> salaryListed;
        };
    }

    public boolean isEmpty() {
        return Arrays.stream(Dimension.values()).noneMatch(this::has);
    }

    /** The filters as query parameters, without {@code without}, on the given page (1 is left out). */
    public String query(Dimension without, int onPage) {
        return Urls.query(params(without, onPage));
    }

    private Map<String, String> params(Dimension without, int onPage) {
        Map<String, String> params = new LinkedHashMap<>();
        if (role != null && without != Dimension.ROLE) {
            params.put("role", role);
        }
        if (level != null && without != Dimension.LEVEL) {
            params.put("level", level.slug);
        }
        if (type != null && without != Dimension.TYPE) {
            params.put("type", type.slug);
        }
        if (remote && without != Dimension.REMOTE) {
            params.put("remote", "true");
        }
        if (hybrid && without != Dimension.HYBRID) {
            params.put("hybrid", "true");
        }
        if (country != null && without != Dimension.COUNTRY) {
            params.put("country", country);
        }
        if (salaryMin != null && without != Dimension.SALARY) {
            params.put("salary_min", salaryMin.toString());
        }
        if (currency != null && without != Dimension.CURRENCY) {
            params.put("currency", currency);
        }
        if (salaryListed && without != Dimension.LISTED) {
            params.put("salary", "listed");
        }
        if (skill != null && without != Dimension.SKILL) {
            params.put("skill", skill);
        }
        if (tool != null && without != Dimension.TOOL) {
            params.put("tool", tool);
        }
        if (q != null && without != Dimension.QUERY) {
            params.put("q", q);
        }
        if (onPage > 1) {
            params.put("page", Integer.toString(onPage));
        }
        return params;
    }

    /** The board with these filters, on the given page. */
    public String url(int onPage) {
        return Urls.jobs(query(onPage));
    }

    /** The board with these filters but {@code without}, on its first page. */
    public String urlWithout(Dimension without) {
        return Urls.jobs(query(without, 1));
    }

    public String query(int onPage) {
        return query(null, onPage);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String shorten(String s) {
        return Texts.shorten(s.strip(), 40);
    }

    private static <T> Optional<T> bySlug(T[] values, String slug, java.util.function.Function<T, String> slugOf) {
        String s = blankToNull(slug);
        return s == null ? Optional.empty()
                : Arrays.stream(values).filter(v -> slugOf.apply(v).equals(s.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
