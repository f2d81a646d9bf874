package careeratlas.salaries;

import careeratlas.sidebar.FeaturedJob;

import java.util.List;

/** A survey job title's salary page: its figures (survey US dollars) and their charts. */
public record TitleSalaryPage(SalaryQueries.TitleSalaries data, String levelsSvg, String trendSvg,
                              List<FeaturedJob> featured) {

    public static TitleSalaryPage of(SalaryQueries.TitleSalaries d, List<FeaturedJob> featured) {
        String name = "“" + d.title() + "”";
        double axis = d.byLevel().stream().filter(g -> g.stats().reliable()).mapToDouble(g -> g.stats().p90()).max().orElse(0) * 1.05;
        return new TitleSalaryPage(d,
                SvgCharts.boxes("title-levels", name + ": salary by experience level",
                        "For each level, the box spans the 25th to 75th percentile with the median marked; whiskers reach the 10th and 90th percentiles, in USD.",
                        d.byLevel().stream().map(g -> new SvgCharts.Box(g.label(), g.stats())).toList(), axis, "USD"),
                SvgCharts.trend("title-trend", name + ": median salary per year",
                        "Median yearly salary in USD for each survey year with at least 10 answers.", d.byYear(), "USD"),
                featured);
    }

    public String range() {
        Integer from = data.firstYear();
        Integer to = data.lastYear();
        if (from == null) {
            return "";
        }
        return from.equals(to) ? Integer.toString(from) : from + " to " + to;
    }

    /** Other spellings of the title in the survey, counted together with it. */
    public List<String> otherSpellings() {
        return data.variants().subList(1, data.variants().size());
    }
}
