package careeratlas.salaries;

import careeratlas.platform.Money;
import careeratlas.sidebar.FeaturedJob;

import java.util.List;

/** A role's salary page: the figures and their charts. */
public record SalaryPage(SalaryQueries.RoleSalaries data, SalaryQueries.JobFigures jobs, String histogramSvg,
                         String levelsSvg, String trendSvg, List<SalaryQueries.SurveyTitle> titles,
                         List<FeaturedJob> featured) {

    /** {@code titles}: the survey titles that count for the role, each linking to its own figures. */
    public static SalaryPage of(SalaryQueries.RoleSalaries d, SalaryQueries.JobFigures jobs,
                                List<SalaryQueries.SurveyTitle> titles, List<FeaturedJob> featured) {
        String unit = d.filter().currencyLabel();
        String name = d.role().name();
        double axis = d.byLevel().stream().filter(g -> g.stats().reliable()).mapToDouble(g -> g.stats().p90()).max().orElse(0) * 1.05;
        return new SalaryPage(d, jobs,
                SvgCharts.histogram("salary-histogram", name + ": how salaries spread",
                        "Number of survey answers per yearly salary band in " + unit + ".", d.histogram(), unit),
                SvgCharts.boxes("salary-levels", name + ": salary by experience level",
                        "For each level, the box spans the 25th to 75th percentile with the median marked; whiskers reach the 10th and 90th percentiles, in " + unit + ".",
                        d.byLevel().stream().map(g -> new SvgCharts.Box(g.label(), g.stats())).toList(), axis, unit),
                SvgCharts.trend("salary-trend", name + ": median salary per year",
                        "Median yearly salary in " + unit + " for each survey year with at least 10 answers.", d.byYear(), unit),
                titles, featured);
    }

    public String range() {
        Integer from = data.firstYear();
        Integer to = data.lastYear();
        if (from == null) {
            return "";
        }
        return from.equals(to) ? Integer.toString(from) : from + " to " + to;
    }
}
