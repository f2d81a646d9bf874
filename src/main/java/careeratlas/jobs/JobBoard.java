package careeratlas.jobs;

import careeratlas.jobs.JobFilter.Dimension;
import careeratlas.roles.Role;
import careeratlas.web.PageMeta;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The job board page: the filters, the facet counts, the jobs of one page and the page links. */
public record JobBoard(JobFilter filter, List<JobListing> jobs, long total, List<Option> roles, List<Option> levels,
                       List<Option> types, long remoteCount, List<Option> currencies, List<Chip> chips,
                       List<PageLink> pages, String previous, String next, int lastPage, List<JobCard> featured) {

    /** One choice of a filter with the number of jobs it would give. */
    public record Option(String value, String label, long count, boolean selected) {
    }

    /** An active filter with the link that removes it. */
    public record Chip(String label, String removeUrl) {
    }

    /** A numbered page link; {@code gapBefore} when pages were skipped before it. */
    public record PageLink(int number, String url, boolean current, boolean gapBefore) {
    }

    public static final String PATH = "/jobs";

    /**
     * Loads the board for raw query parameters: four statements in all, whatever the page size. The page of jobs
     * is read on {@code parallel} (its own connection and transaction) while the counts are computed, so a search
     * takes as long as the slower of the two, not their sum.
     */
    public static JobBoard load(String role, String level, String type, String remote, String salaryMin,
                                String currency, String q, String page, Executor parallel) {
        List<Role> allRoles = Role.listByFamily();
        Set<String> slugs = allRoles.stream().map(r -> r.slug).collect(Collectors.toSet());
        JobFilter f = JobFilter.parse(role, level, type, remote, salaryMin, currency, q, page, slugs);
        CompletableFuture<List<JobListing>> pageOfJobs = CompletableFuture.supplyAsync(
                () -> QuarkusTransaction.requiringNew().call(() -> JobSearch.page(f, JobSearch.PAGE_SIZE)), parallel);
        JobSearch.Summary summary = JobSearch.summary(f);
        JobSearch.Facets facets = summary.facets();
        long total = summary.total();
        List<JobListing> jobs = pageOfJobs.join();

        List<Option> roles = allRoles.stream().map(r -> new Option(r.slug, r.name,
                facets.count(Dimension.ROLE, r.slug), r.slug.equals(f.role()))).toList();
        List<Option> levels = Arrays.stream(ExperienceLevel.values()).map(l -> new Option(l.slug, l.label,
                facets.count(Dimension.LEVEL, l.name()), l == f.level())).toList();
        List<Option> types = Arrays.stream(EmploymentType.values()).map(t -> new Option(t.slug, t.label,
                facets.count(Dimension.TYPE, t.name()), t == f.type())).toList();
        List<Option> currencies = facets.counts().getOrDefault(Dimension.CURRENCY, Map.of()).entrySet()
                .stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Option(e.getKey(), e.getKey(), e.getValue(), e.getKey().equals(f.currency()))).toList();
        if (f.currency() != null && currencies.stream().noneMatch(Option::selected)) {
            currencies = new ArrayList<>(currencies);
            currencies.add(new Option(f.currency(), f.currency(), 0, true));
        }

        int lastPage = (int) Math.max(1, (total + JobSearch.PAGE_SIZE - 1) / JobSearch.PAGE_SIZE);
        return new JobBoard(f, jobs, total, roles, levels, types, facets.count(Dimension.REMOTE, "true"), currencies,
                chips(f, roles), pageLinks(f, lastPage),
                f.page() > 1 ? PATH + f.query(Math.min(f.page() - 1, lastPage)) : null,
                f.page() < lastPage ? PATH + f.query(f.page() + 1) : null, lastPage,
                FeaturedJobs.forRoles(allRoles.stream().filter(r -> r.slug.equals(f.role())).map(r -> r.id).toList()));
    }

    /** Title, description and canonical address; filtered views are kept out of search engines. */
    public PageMeta meta() {
        String title = filter.isEmpty() ? "Data and AI jobs" : "Data and AI jobs matching your filters";
        PageMeta meta = PageMeta.of(
                filter.page() > 1 ? title + ", page " + filter.page() : title,
                "Open data and AI jobs, newest first: filter by role, level, employment type, remote and salary.",
                PATH + filter.query(filter.page()));
        return filter.isEmpty() ? meta : meta.hiddenFromSearch();
    }

    /** True when the page number is past the last page: the page is empty and links back. */
    public boolean beyondEnd() {
        return jobs.isEmpty() && filter.page() > lastPage;
    }

    public String firstPageUrl() {
        return PATH + filter.query(1);
    }

    public String lastPageUrl() {
        return PATH + filter.query(lastPage);
    }

    public String feedUrl() {
        return PATH + "/feed.xml" + filter.query(1);
    }

    private static List<Chip> chips(JobFilter f, List<Option> roles) {
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
        if (f.salaryMin() != null) {
            chips.add(chip("Salary from " + String.format("%,d", f.salaryMin()), f, Dimension.SALARY));
        }
        if (f.currency() != null) {
            chips.add(chip("Currency: " + f.currency(), f, Dimension.CURRENCY));
        }
        if (f.q() != null) {
            chips.add(chip("Search: " + f.q(), f, Dimension.QUERY));
        }
        return chips;
    }

    private static Chip chip(String label, JobFilter f, Dimension d) {
        return new Chip(label, PATH + f.query(d, 1));
    }

    /** First, last, and two either side of the current page. */
    private static List<PageLink> pageLinks(JobFilter f, int lastPage) {
        List<PageLink> links = new ArrayList<>();
        int previous = 0;
        for (int p = 1; p <= lastPage; p++) {
            if (p == 1 || p == lastPage || Math.abs(p - f.page()) <= 2) {
                links.add(new PageLink(p, PATH + f.query(p), p == f.page(), p > previous + 1));
                previous = p;
            }
        }
        return links;
    }
}
