package careeratlas.salaries;

import careeratlas.platform.Money;
import careeratlas.platform.Urls;
import careeratlas.sidebar.FeaturedJob;
import careeratlas.sidebar.FeaturedJobs;
import careeratlas.platform.PageMeta;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Salary insights: {@code /salaries}, {@code /salaries/methodology}, {@code /salaries/{slug}} (.csv, .json). */
@Path("/salaries")
public class SalaryResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SalaryFigures figures;

    @Inject
    FeaturedJobs featured;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PageMeta meta, List<SalaryQueries.Group> roles, List<RawString> bars,
                                             List<FeaturedJob> featured);

        static native TemplateInstance show(PageMeta meta, SalaryPage page);

        static native TemplateInstance methodology(PageMeta meta, List<FeaturedJob> featured);

        static native TemplateInstance title(PageMeta meta, TitleSalaryPage page);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        List<SalaryQueries.Group> roles = figures.byRole();
        double max = roles.stream().filter(g -> g.stats().reliable()).mapToDouble(g -> g.stats().p50()).max().orElse(0);
        List<RawString> bars = roles.stream().map(g -> new RawString(g.stats().reliable()
                ? SvgCharts.inlineBar(g.stats().p50(), max, "Median " + Money.compact(g.stats().p50()) + " USD") : "")).toList();
        return Templates.index(PageMeta.of("Salaries in data and AI",
                "What data and AI roles pay: medians from the public aijobs.net salary survey, role by role.", Urls.salaries()),
                roles, bars, featured.any());
    }

    @GET
    @Path("/methodology")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance methodology() {
        return Templates.methodology(PageMeta.of("How we compute salaries",
                "Sources, percentile method, title mapping and limits of the Career Atlas salary figures.",
                Urls.salaryMethodology()), featured.any());
    }

    @GET
    @Path("/{slug:[a-z0-9-]+}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("slug") String slug, @BeanParam SalaryFilterParams params) {
        SalaryQueries.RoleSalaries data = load(slug, params);
        PageMeta meta = PageMeta.of(data.role().name() + " salaries", "What a " + data.role().name()
                + " earns: median, quartiles, pay by experience level and by year, from the aijobs.net salary survey.",
                Urls.salary(slug, data.filter().query()))
                .withImage(Urls.shareCard("salaries", slug, SalaryShareCards.of(
                        data.filter().isNarrowed() ? figures.forRole(slug, SalaryFilter.none()) : data).hash()));
        return Templates.show(data.filter().isNarrowed() ? meta.hiddenFromSearch() : meta,
                SalaryPage.of(data, figures.jobs(data.role(), data.filter()), figures.titlesOf(data.role().id()),
                        featured.forRoles(List.of(data.role().id()))));
    }

    /** A survey job title's figures; its slug is the title's ({@link Urls#salaryTitle}), anything else is a 404. */
    @GET
    @Path("/titles/{slug:[a-z0-9-]{1,100}}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance title(@PathParam("slug") String slug) {
        SalaryQueries.TitleSalaries d = figures.forTitle(slug);
        PageMeta meta = PageMeta.of("“" + d.title() + "” salaries", "What survey answers with the job title " + d.title()
                + " earn: median, quartiles, pay by experience level and by year, from the aijobs.net salary survey.",
                Urls.salaryTitle(d.title()));
        return Templates.title(d.overall().reliable() ? meta : meta.hiddenFromSearch(), TitleSalaryPage.of(d, featured.any()));
    }

    @GET
    @Path("/{slug:[a-z0-9-]+}.json")
    @Produces(MediaType.APPLICATION_JSON)
    public String json(@PathParam("slug") String slug, @BeanParam SalaryFilterParams params) throws Exception {
        SalaryQueries.RoleSalaries d = load(slug, params);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("role", d.role().slug());
        out.put("source", "aijobs.net salary survey");
        out.put("currency", d.filter().currencyLabel());
        out.put("convertedBySurvey", d.filter().converted());
        out.put("overall", stats(d.overall()));
        out.put("byLevel", groups(d.byLevel()));
        out.put("byYear", groups(d.byYear()));
        out.put("countries", groups(d.countries()));
        out.put("ignored", d.filter().ignored());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
    }

    @GET
    @Path("/{slug:[a-z0-9-]+}.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("slug") String slug, @BeanParam SalaryFilterParams params) {
        SalaryQueries.RoleSalaries d = load(slug, params);
        StringBuilder sb = new StringBuilder("group,key,currency,n,p10,p25,median,p75,p90,min,max\n");
        row(sb, "overall", "all", d.filter().currencyLabel(), d.overall());
        d.byLevel().forEach(g -> row(sb, "level", g.key(), d.filter().currencyLabel(), g.stats()));
        d.byYear().forEach(g -> row(sb, "year", g.key(), d.filter().currencyLabel(), g.stats()));
        d.countries().forEach(g -> row(sb, "country", g.key(), d.filter().currencyLabel(), g.stats()));
        return Response.ok(sb.toString()).header("Content-Disposition", "inline; filename=\"" + slug + "-salaries.csv\"").build();
    }

    private SalaryQueries.RoleSalaries load(String slug, SalaryFilterParams params) {
        return figures.forRole(slug, SalaryFilter.parse(params));
    }

    private static void row(StringBuilder sb, String group, String key, String currency, Stats s) {
        sb.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f%n", group, key, currency,
                s.n(), s.p10(), s.p25(), s.p50(), s.p75(), s.p90(), s.min(), s.max()));
    }

    private static List<Map<String, Object>> groups(List<SalaryQueries.Group> groups) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SalaryQueries.Group g : groups) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", g.key());
            m.putAll(stats(g.stats()));
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> stats(Stats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", s.n());
        m.put("p10", s.p10());
        m.put("p25", s.p25());
        m.put("median", s.p50());
        m.put("p75", s.p75());
        m.put("p90", s.p90());
        m.put("min", s.min());
        m.put("max", s.max());
        m.put("reliable", s.reliable());
        return m;
    }
}
