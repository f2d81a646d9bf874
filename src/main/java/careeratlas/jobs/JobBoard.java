package careeratlas.jobs;

import careeratlas.jobs.JobFilter.Dimension;
import careeratlas.platform.Money;
import careeratlas.platform.PageMeta;
import careeratlas.platform.PayPeriod;
import careeratlas.platform.Urls;
import careeratlas.sidebar.FeaturedJob;

import java.util.ArrayList;
import java.util.List;

/**
 * The job board page: the filters, the facet counts, the jobs of one page and the links to the pages beside it.
 * With {@code estimated}, the total and every count come from a sample of the jobs (see {@link JobQueries#summary})
 * and are shown rounded, as "about".
 */
public record JobBoard(JobFilter filter, List<JobListing> jobs, long total, boolean estimated, List<Option> roles,
                       List<Option> levels, List<Option> types, long remoteCount, List<Option> currencies,
                       List<Option> skills, List<Option> tools, List<Option> countries, long hybridCount,
                       List<Chip> chips, Pagination pagination, List<FeaturedJob> featured, String correctedFrom,
                       Pay pay) {

    /**
     * How pay is compared: in {@code currency} (null when it is not: no minimum and no currency asked for), with the
     * exchange rates of {@code ratesOn} ({@code ratesIso} as YYYY-MM-DD).
     */
    public record Pay(String currency, String ratesIso, String ratesOn) {
        public boolean compared() {
            return currency != null;
        }

        /** Hours in a working year, as the board states the rule. */
        public String hoursAYear() {
            return Money.grouped(PayPeriod.HOURS_A_YEAR);
        }
    }

    /** One choice of a filter with the number of jobs it would give. */
    public record Option(String value, String label, long count, boolean selected) {
    }

    /**
     * The links of a page: the first page, the pages just before and after (keyset cursors, {@link JobCursor}), the
     * page's number and, when the total is exact, the number of the last page (else null).
     */
    public record Pagination(int number, Integer lastPage, String first, String previous, String next) {

        static Pagination of(JobFilter f, JobQueries.Slice slice, long total, boolean estimated) {
            int number = f.pageNumber();
            List<JobListing> jobs = slice.jobs();
            boolean backwards = f.cursor() != null && f.cursor().before();
            boolean earlier = backwards ? slice.more() : number > 1;
            boolean later = backwards || slice.more();
            if (jobs.isEmpty()) {
                return new Pagination(number, null, number > 1 ? f.url(1) : null, null, null);
            }
            Integer last = estimated ? null : (int) Math.max(1, (total + JobQueries.PAGE_SIZE - 1) / JobQueries.PAGE_SIZE);
            return new Pagination(number, last != null && last >= number ? last : null, number > 1 ? f.url(1) : null,
                    earlier ? f.url(JobCursor.before(jobs.get(0), Math.max(1, number - 1))) : null,
                    later ? f.url(JobCursor.after(jobs.get(jobs.size() - 1), number + 1)) : null);
        }

        /** More than one page: the navigation is shown. */
        public boolean shown() {
            return first != null || previous != null || next != null;
        }
    }

    /** The total as shown: exact, or rounded to two significant digits when estimated. */
    public String totalText() {
        return estimated ? "About " + Money.grouped(rounded(total)) : Money.grouped(total);
    }

    /** A facet count as an option shows it: "(12)", "(about 1,200)", or nothing for an estimate of none. */
    public String countText(long count) {
        if (!estimated) {
            return "(" + Money.grouped(count) + ")";
        }
        return count == 0 ? "" : "(about " + Money.grouped(rounded(count)) + ")";
    }

    /** Two significant digits: 12,345 is about 12,000. */
    static long rounded(long n) {
        if (n < 100) {
            return n;
        }
        long unit = (long) Math.pow(10, (long) Math.floor(Math.log10(n)) - 1);
        return Math.round((double) n / unit) * unit;
    }

    /** An active filter with the link that removes it. */
    public record Chip(String label, String removeUrl) {
    }

    /** Title, description and canonical address; filtered views are kept out of search engines. */
    public PageMeta meta() {
        String title = filter.isEmpty() ? "Data and AI jobs" : "Data and AI jobs matching your filters";
        PageMeta meta = PageMeta.of(
                filter.pageNumber() > 1 ? title + ", page " + filter.pageNumber() : title,
                "Open data and AI jobs, newest first: filter by role, level, employment type, skill, tool, remote and salary.",
                filter.cursor() != null ? filter.url(filter.cursor()) : filter.url(filter.page()));
        return filter.isEmpty() ? meta : meta.hiddenFromSearch();
    }

    /** The currency of a minimum salary given without one. */
    public String defaultCurrency() {
        return JobFilter.DEFAULT_CURRENCY;
    }

    /** True when a page past the first is empty (the list ended or changed): answered 404, with a link back. */
    public boolean beyondEnd() {
        return jobs.isEmpty() && !filter.firstPage();
    }

    /** The board for the text as typed, when a misspelling was corrected. */
    public String uncorrectedUrl() {
        return correctedFrom == null ? null : filter.withQuery(correctedFrom).url(1);
    }

    public String firstPageUrl() {
        return filter.url(1);
    }

    public String feedUrl() {
        return Urls.jobFeed(filter.query(1));
    }

    /** "E-mail me new jobs like these": the alert form with these filters (the board itself carries no form token). */
    public String alertUrl() {
        return Urls.alertNew(filter.query(1));
    }

    static List<Chip> chips(JobFilter f, List<Option> roles, List<Option> skills, List<Option> tools,
                            List<Option> countries) {
        List<Chip> chips = new ArrayList<>();
        if (f.role() != null) {
            String name = roles.stream().filter(Option::selected).map(Option::label).findFirst().orElse(f.role());
            chips.add(chip("Role: " + name, f, Dimension.ROLE));
        }
        if (f.level() != null) {
            chips.add(chip("Level: " + f.level().label, f, Dimension.LEVEL));
        }
        if (f.type() != null) {
            chips.add(chip("Type: " + f.type().label, f, Dimension.TYPE));
        }
        if (f.remote()) {
            chips.add(chip("Remote only", f, Dimension.REMOTE));
        }
        if (f.hybrid()) {
            chips.add(chip("Hybrid only", f, Dimension.HYBRID));
        }
        if (f.country() != null) {
            chips.add(chip("Country: " + label(countries, f.country()), f, Dimension.COUNTRY));
        }
        if (f.salaryMin() != null) {
            chips.add(chip("Salary from " + f.comparisonCurrency() + " " + Money.full(f.salaryMin()) + " a year", f,
                    Dimension.SALARY));
        }
        if (f.salaryListed()) {
            chips.add(chip("Only jobs that list pay", f, Dimension.LISTED));
        }
        if (f.currency() != null) {
            chips.add(chip("Currency: " + f.currency(), f, Dimension.CURRENCY));
        }
        if (f.skill() != null) {
            chips.add(chip("Skill: " + label(skills, f.skill()), f, Dimension.SKILL));
        }
        if (f.tool() != null) {
            chips.add(chip("Tool: " + label(tools, f.tool()), f, Dimension.TOOL));
        }
        if (f.q() != null) {
            chips.add(chip("Search: " + f.q(), f, Dimension.QUERY));
        }
        return chips;
    }

    private static String label(List<Option> options, String value) {
        return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
    }

    private static Chip chip(String label, JobFilter f, Dimension d) {
        return new Chip(label, f.urlWithout(d));
    }

}
