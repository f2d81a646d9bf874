package careeratlas.compare;

import careeratlas.catalog.ComparisonPath;
import careeratlas.catalog.ComparisonSummary;
import careeratlas.catalog.RoleCatalog;
import careeratlas.catalog.RoleProfile;
import careeratlas.catalog.TermLinks;
import careeratlas.platform.LinkedText;
import careeratlas.jobs.JobService;
import careeratlas.salaries.SalaryFigures;
import careeratlas.salaries.SalaryQueries;
import careeratlas.sidebar.FeaturedJobs;
import careeratlas.salaries.Stats;
import careeratlas.salaries.SvgCharts;
import careeratlas.platform.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Builds comparison pages for any two known roles. */
@ApplicationScoped
public class ComparisonService {

    @Inject
    RoleCatalog catalog;

    @Inject
    JobService jobs;

    @Inject
    SalaryFigures salaries;

    @Inject
    FeaturedJobs featured;

    @Inject
    TermLinks links;

    /** The two roles of a path, in the path's order; 404 unless both exist and differ. */
    public List<RoleProfile> roles(ComparisonPath path) {
        return catalog.pair(path.first(), path.second());
    }

    /** Why the compare form's choice cannot be shown, or null when it can. */
    public String formError(String a, String b) {
        if (a == null || a.isBlank() || b == null || b.isBlank()) {
            return "Choose two roles to compare.";
        }
        if (a.equals(b)) {
            return "Choose two different roles: a role compared with itself has nothing to show.";
        }
        if (!catalog.exists(a) || !catalog.exists(b)) {
            return "We do not know one of those roles. Choose them from the lists.";
        }
        return null;
    }

    /** The page for two roles given in canonical order. */
    public ComparisonPage page(List<RoleProfile> profiles) {
        RoleProfile a = profiles.get(0);
        RoleProfile b = profiles.get(1);
        Overlap skills = Overlap.of(a.skills(), b.skills());
        Optional<ComparisonSummary> curated = catalog.curated(a.slug(), b.slug());
        List<ComparisonSummary> related = catalog.comparisonsInvolving(List.of(a.slug(), b.slug())).stream()
                .filter(c -> curated.map(cur -> cur.id() != c.id()).orElse(true)).toList();

        LocalDate date = curated.map(c -> LocalDate.parse(c.publishedOn()))
                .orElseGet(() -> Stream.of(a.role().updatedAt(), b.role().updatedAt())
                        .max(Comparator.naturalOrder()).orElseThrow().toLocalDate());
        List<List<LinkedText>> texts = links.linked("compare:" + a.slug() + ":" + b.slug(), () -> List.of(
                curated.map(c -> paragraphs(c.introduction())).orElseGet(() -> GeneratedText.introduction(a, b, skills)),
                curated.map(c -> paragraphs(c.conclusion())).orElseGet(() -> GeneratedText.conclusion(a, b, skills))));
        List<Long> ids = List.of(a.role().id(), b.role().id());
        Map<Long, Long> openJobs = jobs.openCountsByRole(ids);
        SalaryQueries.ManyRoles figures = salaries.ofRoles(ids);
        Map<Long, Stats> salary = figures.overall();
        Stats none = Stats.NONE;
        Stats salaryA = salary.getOrDefault(a.role().id(), none);
        Stats salaryB = salary.getOrDefault(b.role().id(), none);
        return new ComparisonPage(a, b, curated.isPresent(), Dates.display(date), date.toString(),
                texts.get(0), texts.get(1),
                glance(a, b), skills, Overlap.of(toolEntries(a), toolEntries(b)),
                Overlap.of(a.industries(), b.industries()), openJobs.getOrDefault(a.role().id(), 0L),
                openJobs.getOrDefault(b.role().id(), 0L), salaryA, salaryB, salaryChart(a, b, figures.levels()), related,
                featured.forRoles(ids));
    }

    /** Both roles' pay per experience level (survey, US dollars) as boxes on one shared axis. */
    private static String salaryChart(RoleProfile a, RoleProfile b, Map<Long, List<SalaryQueries.Group>> levels) {
        List<SvgCharts.Box> boxes = new ArrayList<>();
        for (String level : List.of("Entry-level", "Mid-level", "Senior", "Executive")) {
            for (RoleProfile p : List.of(a, b)) {
                String series = p == a ? "a" : "b";
                levels.getOrDefault(p.role().id(), List.of()).stream().filter(g -> g.label().equals(level)).findFirst()
                        .ifPresent(g -> boxes.add(new SvgCharts.Box(level, g.stats(), series)));
            }
        }
        if (boxes.isEmpty()) {
            return "";
        }
        double axis = boxes.stream().filter(x -> x.stats().reliable()).mapToDouble(x -> x.stats().p90()).max().orElse(0) * 1.05;
        return SvgCharts.boxes("compare-salary", a.name() + " and " + b.name() + ": salary by experience level",
                "For each role and level, the box spans the 25th to 75th percentile of survey salaries in US dollars with the median marked; whiskers reach the 10th and 90th percentiles.",
                boxes, axis, "USD", List.of(new SvgCharts.Series("a", "A: " + a.name()), new SvgCharts.Series("b", "B: " + b.name())));
    }

    private static List<ComparisonPage.GlanceRow> glance(RoleProfile a, RoleProfile b) {
        return List.of(
                new ComparisonPage.GlanceRow("Field", a.role().family().name(), b.role().family().name()),
                new ComparisonPage.GlanceRow("In one line", a.role().summary(), b.role().summary()),
                new ComparisonPage.GlanceRow("Core skills", names(a.skills(), 4), names(b.skills(), 4)),
                new ComparisonPage.GlanceRow("Main tools", names(toolEntries(a), 5), names(toolEntries(b), 5)),
                new ComparisonPage.GlanceRow("Typical education", first(a.education()), first(b.education())),
                new ComparisonPage.GlanceRow("Job outlook", outlook(a), outlook(b)));
    }

    private static List<RoleProfile.Entry> toolEntries(RoleProfile p) {
        return p.tools().stream().flatMap(g -> g.tools().stream()).toList();
    }

    private static String names(List<RoleProfile.Entry> entries, int max) {
        return String.join(", ", entries.stream().limit(max).map(RoleProfile.Entry::name).toList());
    }

    private static String first(List<String> items) {
        return items.isEmpty() ? "" : items.get(0);
    }

    private static String outlook(RoleProfile p) {
        return p.role().outlookFigure() + " growth, " + p.role().outlookPeriod();
    }

    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
