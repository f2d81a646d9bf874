package careeratlas.jobs;

import careeratlas.catalog.EmploymentType;
import careeratlas.catalog.ExperienceLevel;
import careeratlas.catalog.RoleCatalog;
import careeratlas.catalog.RoleSummary;
import careeratlas.catalog.SkillCatalog;
import careeratlas.catalog.Vocabulary;
import careeratlas.jobs.JobBoard.Option;
import careeratlas.jobs.JobFilter.Dimension;
import careeratlas.platform.Dates;
import careeratlas.platform.Markdown;
import careeratlas.platform.ServiceBusyException;
import careeratlas.platform.Urls;
import careeratlas.sidebar.FeaturedJobs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/** The job board, the feed and the job pages: every read of the feature goes through here. */
@ApplicationScoped
public class JobService {

    static final int FEED_SIZE = 50;
    static final int SIMILAR = 4;
    /** How long a board page waits for its parallel read before answering 503. */
    static final long PAGE_TIMEOUT_SECONDS = 10;

    @Inject
    OpenCounts openCounts;

    @Inject
    JobQueries queries;

    @Inject
    RoleCatalog catalog;

    @Inject
    FeaturedJobs featured;

    @Inject
    SkillCatalog skills;

    @Inject
    JobSearchExecutor executor;

    @Inject
    ExchangeRates exchangeRates;

    @Inject
    Clock clock;

    @Inject
    BoardCounts counts;

    public JobFilter filter(JobFilterParams params) {
        Set<String> slugs = catalog.roles().stream().map(RoleSummary::slug).collect(Collectors.toSet());
        // The vocabulary is read (from its cache) only when a skill or tool is asked for.
        return JobFilter.parse(params, new JobFilter.Known(slugs,
                s -> skills.vocabulary().term(Vocabulary.Kind.SKILL, s).isPresent(),
                s -> skills.vocabulary().term(Vocabulary.Kind.TOOL, s).isPresent(),
                c -> exchangeRates.latest().has(c)));
    }

    /**
     * A filter saved as the board's canonical query string ({@link JobFilter#query(int)} of page 1, "" for no filter),
     * read back with the board's own parser; empty when the text is not exactly such a string or names something the
     * board no longer knows (a removed role, skill or tool), so a saved filter is never silently widened.
     */
    public Optional<JobFilter> savedFilter(String query) {
        if (query == null || query.length() > MAX_SAVED_QUERY) {
            return Optional.empty();
        }
        JobFilterParams p = new JobFilterParams();
        if (!query.isEmpty()) {
            if (!query.startsWith("?")) {
                return Optional.empty();
            }
            for (String pair : query.substring(1).split("&", -1)) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    return Optional.empty();
                }
                String value;
                try {
                    value = java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
                switch (pair.substring(0, eq)) {
                    case "role" -> p.role = value;
                    case "level" -> p.level = value;
                    case "type" -> p.type = value;
                    case "remote" -> p.remote = value;
                    case "hybrid" -> p.hybrid = value;
                    case "country" -> p.country = value;
                    case "salary_min" -> p.salaryMin = value;
                    case "currency" -> p.currency = value;
                    case "skill" -> p.skill = value;
                    case "tool" -> p.tool = value;
                    case "q" -> p.q = value;
                    default -> {
                        return Optional.empty();
                    }
                }
            }
        }
        JobFilter f = filter(p);
        return f.ignored().isEmpty() && f.query(1).equals(query) ? Optional.of(f) : Optional.empty();
    }

    /** The longest saved filter: every parameter at its longest, the search text percent-encoded. */
    static final int MAX_SAVED_QUERY = 4_000;

    /** A filter in words, for people: "Data Engineer jobs: Senior-level / Expert, remote only, skill Python". */
    public String describe(JobFilter f) {
        List<String> parts = new ArrayList<>();
        String what = "All jobs";
        if (f.role() != null) {
            what = catalog.roles().stream().filter(r -> r.slug().equals(f.role())).map(RoleSummary::name)
                    .findFirst().orElse(f.role()) + " jobs";
        }
        if (f.level() != null) {
            parts.add(f.level().label);
        }
        if (f.type() != null) {
            parts.add(f.type().label);
        }
        if (f.remote()) {
            parts.add("remote only");
        }
        if (f.hybrid()) {
            parts.add("hybrid only");
        }
        if (f.country() != null) {
            parts.add("in " + new java.util.Locale("", f.country()).getDisplayCountry(java.util.Locale.ENGLISH)
                    + " or remote for people who live there");
        }
        if (f.skill() != null) {
            parts.add("skill " + skills.vocabulary().term(Vocabulary.Kind.SKILL, f.skill()).map(Vocabulary.Term::name)
                    .orElse(f.skill()));
        }
        if (f.tool() != null) {
            parts.add("tool " + skills.vocabulary().term(Vocabulary.Kind.TOOL, f.tool()).map(Vocabulary.Term::name)
                    .orElse(f.tool()));
        }
        if (f.salaryMin() != null) {
            parts.add("salary from " + careeratlas.platform.Money.full(f.salaryMin()));
        }
        if (f.currency() != null) {
            parts.add("paid in " + f.currency());
        }
        if (f.q() != null) {
            parts.add("matching “" + f.q() + "”");
        }
        return parts.isEmpty() ? what : what + ": " + String.join(", ", parts);
    }

    /**
     * The open jobs matching the filter (the board's query) that were published after {@code from} and not after
     * {@code to}, newest first: at most {@code limit} of them, and how many there are.
     */
    public JobQueries.Published publishedBetween(JobFilter f, java.time.Instant from, java.time.Instant to, int limit) {
        return queries.publishedBetween(f, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC), limit);
    }

    /** The open jobs tagged with a skill or tool: how many, by role, and the newest few. */
    public record TermJobs(long total, Map<Long, Long> byRole, List<JobListing> newest, String boardUrl) {
    }

    public TermJobs jobsAsking(Vocabulary.Kind kind, String slug, int newest) {
        JobFilter f = kind == Vocabulary.Kind.SKILL ? JobFilter.forSkill(slug) : JobFilter.forTool(slug);
        Map<Long, Long> byRole = queries.openCountsByRole(f);
        long total = byRole.values().stream().mapToLong(Long::longValue).sum();
        return new TermJobs(total, byRole, total == 0 ? List.of() : queries.newest(f, newest), f.url(1));
    }

    /**
     * The board for a filter: the page of jobs (one statement, whatever the page's depth) and the counts (one
     * statement, kept per set of filters: {@link BoardCounts}). The counts come first, since they say how to read
     * the page ({@link JobQueries.Density}); the page is read on a bounded pool (its own connection and
     * transaction), so an overloaded board answers 503 at once instead of queueing.
     */
    public JobBoard board(JobFilter f) {
        JobBoard board = board(f, null);
        if (board.total() == 0 && f.q() != null && f.firstPage()) {
            // Nothing matched the words as typed: try again with misspellings corrected to words jobs contain.
            Optional<String> corrected = queries.correction(f.q()).filter(c -> !c.equalsIgnoreCase(f.q()));
            if (corrected.isPresent()) {
                JobBoard retried = board(f.withQuery(corrected.get()), f.q());
                if (retried.total() > 0) {
                    return retried;
                }
            }
        }
        return board;
    }

    private JobBoard board(JobFilter f, String correctedFrom) {
        List<RoleSummary> allRoles = catalog.roles();
        // The counts first (kept per filter): they tell how to read the page's segments cheaply.
        JobQueries.Summary summary = counts.of(f.countsKey(), today());
        JobQueries.Facets facets = summary.facets();
        long total = summary.total();
        JobQueries.Density density = summary.density(openCounts.total(today()));
        CompletableFuture<JobQueries.Slice> pageOfJobs;
        try {
            pageOfJobs = executor.executor().supplyAsync(() -> QuarkusTransaction.requiringNew()
                    .call(() -> queries.page(f, JobQueries.PAGE_SIZE, density)));
        } catch (RejectedExecutionException e) {
            throw new ServiceBusyException("the job search pool is full", e);
        }
        JobQueries.Slice slice = await(pageOfJobs);
        JobFilter at = f;
        if (f.cursor() != null && f.cursor().before() && !slice.more() && slice.jobs().size() < JobQueries.PAGE_SIZE) {
            // Reading back reached the start of a list that changed meanwhile: show its real first page.
            at = f.atStart();
            JobFilter first = at;
            slice = QuarkusTransaction.requiringNew().call(() -> queries.page(first, JobQueries.PAGE_SIZE, density));
        }
        List<JobListing> jobs = slice.jobs();

        List<Option> roles = allRoles.stream().map(r -> new Option(r.slug(), r.name(),
                facets.count(Dimension.ROLE, r.slug()), r.slug().equals(f.role()))).toList();
        List<Option> levels = Arrays.stream(ExperienceLevel.values()).map(l -> new Option(l.slug, l.label,
                facets.count(Dimension.LEVEL, l.name()), l == f.level())).toList();
        List<Option> types = Arrays.stream(EmploymentType.values()).map(t -> new Option(t.slug, t.label,
                facets.count(Dimension.TYPE, t.name()), t == f.type())).toList();
        // Pay is compared in the currencies with an exchange rate (the filter dropped any other).
        ExchangeRates.Rates rates = exchangeRates.latest();
        List<Option> currencies = rates.codes().stream()
                .map(c -> new Option(c, c, 0, c.equals(f.currency()))).toList();
        JobBoard.Pay pay = new JobBoard.Pay(f.comparisonCurrency(), rates.date() == null ? null : rates.date().toString(),
                rates.date() == null ? null : Dates.display(rates.date()));

        List<Option> skillOptions = termOptions(Vocabulary.Kind.SKILL, facets, Dimension.SKILL, f.skill());
        List<Option> toolOptions = termOptions(Vocabulary.Kind.TOOL, facets, Dimension.TOOL, f.tool());

        List<Option> countries = facets.names(Dimension.COUNTRY).entrySet().stream()
                .sorted(Map.Entry.<String, String>comparingByValue())
                .map(e -> new Option(e.getKey(), e.getValue(), facets.count(Dimension.COUNTRY, e.getKey()),
                        e.getKey().equals(f.country()))).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        if (f.country() != null && countries.stream().noneMatch(Option::selected)) {
            countries.add(new Option(f.country(), new java.util.Locale("", f.country())
                    .getDisplayCountry(java.util.Locale.ENGLISH), 0, true));
        }

        String role = f.role();
        List<Long> roleIds = allRoles.stream().filter(r -> r.slug().equals(role)).map(RoleSummary::id).toList();
        return new JobBoard(at, jobs, total, summary.estimated(), roles, levels, types,
                facets.count(Dimension.REMOTE, "true"), currencies, skillOptions, toolOptions, countries,
                facets.count(Dimension.HYBRID, "true"), JobBoard.chips(f, roles, skillOptions, toolOptions, countries),
                JobBoard.Pagination.of(at, slice, total, summary.estimated()), featured.forRoles(roleIds),
                correctedFrom, pay);
    }

    /** The skills or tools that open jobs matching the other filters carry, by name, and the chosen one. */
    private List<Option> termOptions(Vocabulary.Kind kind, JobQueries.Facets facets, Dimension d, String chosen) {
        Map<String, String> names = new java.util.HashMap<>(facets.names(d));
        if (chosen != null && !names.containsKey(chosen)) {
            skills.vocabulary().term(kind, chosen).ifPresent(t -> names.put(t.slug(), t.name()));
        }
        return names.entrySet().stream()
                .sorted(Map.Entry.<String, String>comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .map(e -> new Option(e.getKey(), e.getValue(), facets.count(d, e.getKey()), e.getKey().equals(chosen)))
                .toList();
    }

    /** The Atom feed of the newest open jobs for a filter. */
    public JobFeed feed(JobFilter f) {
        List<JobListing> jobs = queries.newest(f, FEED_SIZE);
        String updated = jobs.isEmpty()
                ? OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.DAYS).toString()
                : jobs.get(0).postedIso() + "T00:00:00Z";
        return new JobFeed(Urls.absolute(Urls.jobFeed(f.query(1))), Urls.absolute(f.url(1)),
                f.isEmpty() ? "Career Atlas: newest data and AI jobs"
                        : "Career Atlas: data and AI jobs matching your filters",
                updated, jobs);
    }

    /** The published job with this id, if any (drafts are not public). */
    public Optional<Job> published(long id) {
        return Job.findWithCompany(id).filter(j -> j.status == Job.Status.PUBLISHED);
    }

    public boolean isGone(Job job) {
        return job.expiresOn.plusDays(JobPage.DAYS_KEPT_AFTER_EXPIRY).isBefore(today());
    }

    /** A job's own page, with similar jobs, the comparisons of its role and the sidebar. */
    public JobPage page(Job job, String absoluteUrl) {
        LocalDate today = today();
        String html = Markdown.toSafeHtml(job.description);
        List<Long> roles = job.role == null ? List.of() : List.of(job.role.id);
        return new JobPage(job, JobCard.of(job), job.isExpired(today),
                Dates.ago(job.postedAt.toLocalDate(), today), Dates.display(job.postedAt), Dates.display(job.expiresOn),
                html, JobPostingJsonLd.of(job, html, absoluteUrl),
                queries.similar(job, SIMILAR).stream().map(JobCard::of).toList(),
                job.role == null ? List.of() : catalog.comparisonsInvolving(List.of(job.role.slug)),
                featured.forRoles(roles, job.id), JobPlace.sentence(job));
    }

    /** How many open jobs each of the given roles has. */
    public Map<Long, Long> openCountsByRole(List<Long> roleIds) {
        return openCounts.of(List.copyOf(roleIds), today());
    }

    /** How many of the role's open jobs ask for each skill and tool, by {@code "SKILL:slug"} or {@code "TOOL:slug"}. */
    public Map<String, Long> demandOfRole(long roleId) {
        return openCounts.demand(roleId, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ServiceBusyException("the page of jobs took too long", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusyException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
