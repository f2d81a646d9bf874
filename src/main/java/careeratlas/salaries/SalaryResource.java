package careeratlas.salaries;

import careeratlas.jobs.FeaturedJobs;
import careeratlas.jobs.JobCard;
import careeratlas.web.PageMeta;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

    @CheckedTemplate(basePath = "salaries")
    static class Templates {
        static native TemplateInstance index(PageMeta meta, List<SalaryStats.Group> roles, List<RawString> bars,
                                             List<JobCard> featured);

        static native TemplateInstance show(PageMeta meta, SalaryPage page);

        static native TemplateInstance methodology(PageMeta meta, List<JobCard> featured);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        List<SalaryStats.Group> roles = figures.byRole();
        double max = roles.stream().filter(g -> g.stats().reliable()).mapToDouble(g -> g.stats().p50()).max().orElse(0);
        List<RawString> bars = roles.stream().map(g -> new RawString(g.stats().reliable()
                ? SvgCharts.inlineBar(g.stats().p50(), max, "Median " + SvgCharts.compact(g.stats().p50()) + " USD") : "")).toList();
        return Templates.index(PageMeta.of("Salaries in data and AI",
                "What data and AI roles pay: medians from the public aijobs.net salary survey, role by role.", "/salaries"),
                roles, bars, FeaturedJobs.any());
    }

    @GET
    @Path("/methodology")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance methodology() {
        return Templates.methodology(PageMeta.of("How we compute salaries",
                "Sources, percentile method, title mapping and limits of the Career Atlas salary figures.",
                "/salaries/methodology"), FeaturedJobs.any());
    }

    @GET
    @Path("/{slug:[a-z0-9-]+}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("slug") String slug, @QueryParam("currency") String currency,
                                 @QueryParam("level") String level, @QueryParam("remote") String remote,
                                 @QueryParam("year") String year, @QueryParam("country") String country) {
        SalaryStats.RoleSalaries data = load(slug, currency, level, remote, year, country);
        PageMeta meta = PageMeta.of(data.role().name + " salaries", "What a " + data.role().name
                + " earns: median, quartiles, pay by experience level and by year, from the aijobs.net salary survey.",
                "/salaries/" + slug + data.filter().query());
        return Templates.show(data.filter().isNarrowed() ? meta.hiddenFromSearch() : meta,
                SalaryPage.of(data, SalaryStats.jobs(data.role(), data.filter()), FeaturedJobs.forRoles(List.of(data.role().id))));
    }

    @GET
    @Path("/{slug:[a-z0-9-]+}.json")
    @Produces(MediaType.APPLICATION_JSON)
    public String json(@PathParam("slug") String slug, @QueryParam("currency") String currency,
                       @QueryParam("level") String level, @QueryParam("remote") String remote,
                       @QueryParam("year") String year, @QueryParam("country") String country) throws Exception {
        SalaryStats.RoleSalaries d = load(slug, currency, level, remote, year, country);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("role", d.role().slug);
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
    public Response csv(@PathParam("slug") String slug, @QueryParam("currency") String currency,
                        @QueryParam("level") String level, @QueryParam("remote") String remote,
                        @QueryParam("year") String year, @QueryParam("country") String country) {
        SalaryStats.RoleSalaries d = load(slug, currency, level, remote, year, country);
        StringBuilder sb = new StringBuilder("group,key,currency,n,p10,p25,median,p75,p90,min,max\n");
        row(sb, "overall", "all", d.filter().currencyLabel(), d.overall());
        d.byLevel().forEach(g -> row(sb, "level", g.key(), d.filter().currencyLabel(), g.stats()));
        d.byYear().forEach(g -> row(sb, "year", g.key(), d.filter().currencyLabel(), g.stats()));
        d.countries().forEach(g -> row(sb, "country", g.key(), d.filter().currencyLabel(), g.stats()));
        return Response.ok(sb.toString()).header("Content-Disposition", "inline; filename=\"" + slug + "-salaries.csv\"").build();
    }

    private SalaryStats.RoleSalaries load(String slug, String currency, String level, String remote,
                                          String year, String country) {
        return figures.forRole(slug, SalaryFilter.parse(currency, level, remote, year, country));
    }

    private static void row(StringBuilder sb, String group, String key, String currency, Stats s) {
        sb.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f%n", group, key, currency,
                s.n(), s.p10(), s.p25(), s.p50(), s.p75(), s.p90(), s.min(), s.max()));
    }

    private static List<Map<String, Object>> groups(List<SalaryStats.Group> groups) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SalaryStats.Group g : groups) {
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
