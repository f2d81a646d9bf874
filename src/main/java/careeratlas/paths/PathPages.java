package careeratlas.paths;

import careeratlas.catalog.RoleCatalog;
import careeratlas.catalog.RoleSummary;
import careeratlas.catalog.SkillCatalog;
import careeratlas.catalog.TransitionSummary;
import careeratlas.catalog.Vocabulary;
import careeratlas.jobs.JobFilter;
import careeratlas.jobs.JobListing;
import careeratlas.jobs.JobService;
import careeratlas.jobs.JobTags;
import careeratlas.platform.Urls;
import careeratlas.salaries.SalaryFigures;
import careeratlas.salaries.Stats;
import careeratlas.sidebar.FeaturedJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Transition pages and the fit finder. Everything is computed in Java from the cached vocabulary and transitions;
 * a page adds the open-job count, the newest jobs of the target role and the two roles' survey figures.
 */
@ApplicationScoped
public class PathPages {

    static final int JOBS_SHOWN = 5;

    @Inject
    SkillCatalog skills;

    @Inject
    RoleCatalog catalog;

    @Inject
    JobService jobs;

    @Inject
    SalaryFigures salaries;

    @Inject
    FeaturedJobs featured;

    public List<TransitionSummary> curated() {
        return skills.transitions();
    }

    public List<RoleSummary> roles() {
        return catalog.roles();
    }

    /**
     * The two role slugs of {@code from-to-to}: the split at a "-to-" where both sides are roles we list (a slug
     * could itself hold "-to-"). Empty when there is none, or when both sides are the same role.
     */
    public Optional<List<RoleSummary>> parse(String pair) {
        String sep = Urls.TRANSITION_SEPARATOR;
        for (int at = pair.indexOf(sep); at > 0; at = pair.indexOf(sep, at + 1)) {
            Optional<RoleSummary> from = catalog.summary(pair.substring(0, at));
            Optional<RoleSummary> to = catalog.summary(pair.substring(at + sep.length()));
            if (from.isPresent() && to.isPresent() && !from.get().slug().equals(to.get().slug())) {
                return Optional.of(List.of(from.get(), to.get()));
            }
        }
        return Optional.empty();
    }

    /** Why the transition form's choice cannot be shown, or null when it can. */
    public String formError(String from, String to) {
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            return "Choose the role you have and the role you want.";
        }
        if (from.equals(to)) {
            return "Choose two different roles: there is no move from a role to itself.";
        }
        if (!catalog.exists(from) || !catalog.exists(to)) {
            return "We do not know one of those roles. Choose them from the lists.";
        }
        return null;
    }

    /** The page of the move {@code from-to-to}; 404 unless both are roles we list and differ. */
    public TransitionPage page(String pair) {
        List<RoleSummary> ends = parse(pair).orElseThrow(NotFoundException::new);
        RoleSummary from = ends.get(0);
        RoleSummary to = ends.get(1);
        Vocabulary vocabulary = skills.vocabulary();
        Vocabulary.RoleNeeds source = vocabulary.role(from.slug()).orElseThrow(NotFoundException::new);
        Vocabulary.RoleNeeds target = vocabulary.role(to.slug()).orElseThrow(NotFoundException::new);
        Fit fit = Fit.of(target, slugs(source.skills()), slugs(source.tools()));

        RoleGraph graph = RoleGraph.of(vocabulary);
        List<String> path = graph.shortestPath(from.slug(), to.slug());
        List<TransitionPage.Step> steps = new ArrayList<>();
        for (int i = 1; i < path.size(); i++) {
            steps.add(new TransitionPage.Step(catalog.summary(path.get(i - 1)).orElseThrow(),
                    catalog.summary(path.get(i)).orElseThrow(), graph.distance(path.get(i - 1), path.get(i)),
                    graph.joined(path.get(i - 1), path.get(i))));
        }

        TransitionSummary curated = skills.transition(from.slug(), to.slug()).orElse(null);
        List<Long> ids = List.of(from.id(), to.id());
        Map<Long, Stats> pay = salaries.ofRoles(ids).overall();
        JobFilter forTarget = JobFilter.forRole(to.slug());
        List<JobListing> newest = jobs.feed(forTarget).jobs().stream().limit(JOBS_SHOWN).toList();
        Map<String, Long> demand = jobs.demandOfRole(to.id());
        long open = demand.getOrDefault(JobTags.ALL, 0L);
        List<TransitionPage.Learn> learn = toLearn(fit, demand);
        return new TransitionPage(from, to, curated, learn,
                curated == null ? generated(from, to, fit, steps) : curated.paragraphs(), fit,
                pay.getOrDefault(from.id(), Stats.NONE), pay.getOrDefault(to.id(), Stats.NONE), steps, open, newest,
                featured.forRoles(List.of(to.id())), vocabulary.roles().size());
    }

    /**
     * What the target role asks for and the first role lacks: the most asked for by the target's open jobs first,
     * then (ties, and terms no job asks for) in the role data's order of weight.
     */
    static List<TransitionPage.Learn> toLearn(Fit fit, Map<String, Long> demand) {
        return fit.missing().stream()
                .map(n -> new TransitionPage.Learn(n, demand.getOrDefault(n.kind().name() + ":" + n.slug(), 0L)))
                .sorted(java.util.Comparator.comparingLong(l -> -l.jobs())).toList();
    }

    /** The fit finder's result for the ticked skills and tools; unknown slugs are dropped before this. */
    public FitPage fit(FitRequest request) {
        Vocabulary vocabulary = skills.vocabulary();
        List<Fit> ranked = request.isEmpty() ? List.of() : Fit.rank(vocabulary, request.skills(), request.tools());
        return new FitPage(vocabulary, request, ranked, featured.any());
    }

    /** The known slugs among the reader's choices; the rest are counted as ignored. */
    public FitRequest request(List<String> skillParams, List<String> toolParams, String fromParam) {
        Vocabulary vocabulary = skills.vocabulary();
        return FitRequest.of(vocabulary, skillParams, toolParams, fromParam);
    }

    private static Set<String> slugs(List<Vocabulary.Need> needs) {
        return needs.stream().map(Vocabulary.Need::slug).collect(Collectors.toSet());
    }

    /** The introduction of a move without an editors' text, written from the role data. */
    static List<String> generated(RoleSummary from, RoleSummary to, Fit fit, List<TransitionPage.Step> steps) {
        String first = "This page is generated from our role data; no editor has written about this move yet. "
                + from.name() + " already brings " + fit.covered().size() + " of the " + (fit.covered().size()
                + fit.missing().size()) + " skills and tools " + to.name() + " asks for, " + fit.percent()
                + "% of them once core skills count double.";
        String second;
        if (fit.missing().isEmpty()) {
            second = "Nothing on " + to.name() + "'s list is new to you: the move is about experience, not new skills.";
        } else {
            second = "Start with " + names(fit.missing().subList(0, Math.min(3, fit.missing().size()))) + ".";
        }
        if (steps.size() > 1) {
            second += " The chain of closest roles passes "
                    + names(steps.subList(0, steps.size() - 1).stream().map(s -> s.to().name()).toList())
                    + ".";
        }
        return List.of(first, second);
    }

    private static String names(List<?> items) {
        List<String> names = items.stream().map(i -> i instanceof Vocabulary.Need n ? n.name() : i.toString()).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
