package careeratlas.jobs;

import careeratlas.jobs.JobFilter.Dimension;
import careeratlas.platform.Money;
import careeratlas.platform.PageMeta;
import careeratlas.platform.PayPeriod;
import careeratlas.platform.Urls;
import careeratlas.sidebar.FeaturedJob;

import java.util.ArrayList;
import java.util.List;

/** The job board page: the filters, the facet counts, the jobs of one page and the page links. */
public record JobBoard(JobFilter filter, List<JobListing> jobs, long total, List<Option> roles, List<Option> levels,
                       List<Option> types, long remoteCount, List<Option> currencies, List<Option> skills,
                       List<Option> tools, List<Option> countries, long hybridCount, List<Chip> chips,
                       List<PageLink> pages, String previous, String next, int lastPage, List<FeaturedJob> featured,
                       String correctedFrom, Pay pay) {

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

    /** An active filter with the link that removes it. */
    public record Chip(String label, String removeUrl) {
    }

    /** A numbered page link; {@code gapBefore} when pages were skipped before it. */
    public record PageLink(int number, String url, boolean current, boolean gapBefore) {
    }

    /** Title, description and canonical address; filtered views are kept out of search engines. */
    public PageMeta meta() {
        String title = filter.isEmpty() ? "Data and AI jobs" : "Data and AI jobs matching your filters";
        PageMeta meta = PageMeta.of(
                filter.page() > 1 ? title + ", page " + filter.page() : title,
                "Open data and AI jobs, newest first: filter by role, level, employment type, skill, tool, remote and salary.",
                filter.url(filter.page()));
        return filter.isEmpty() ? meta : meta.hiddenFromSearch();
    }

    /** The currency of a minimum salary given without one. */
    public String defaultCurrency() {
        return JobFilter.DEFAULT_CURRENCY;
    }

    /** True when the page number is past the last page: the page is empty and links back. */
    public boolean beyondEnd() {
        return jobs.isEmpty() && filter.page() > lastPage;
    }

    /** The board for the text as typed, when a misspelling was corrected. */
    public String uncorrectedUrl() {
        return correctedFrom == null ? null : filter.withQuery(correctedFrom).url(1);
    }

    public String firstPageUrl() {
        return filter.url(1);
    }

    public String lastPageUrl() {
        return filter.url(lastPage);
    }

    public String feedUrl() {
        return Urls.jobFeed(filter.query(1));
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

    /** First, last, and two either side of the current page. */
    static List<PageLink> pageLinks(JobFilter f, int lastPage) {
        List<PageLink> links = new ArrayList<>();
        int previous = 0;
        for (int p = 1; p <= lastPage; p++) {
            if (p == 1 || p == lastPage || Math.abs(p - f.page()) <= 2) {
                links.add(new PageLink(p, f.url(p), p == f.page(), p > previous + 1));
                previous = p;
            }
        }
        return links;
    }
}
