package careeratlas.salaries;

import careeratlas.jobs.JobCard;

import java.util.List;
import java.util.Locale;

/** A role's salary page: the figures and their charts. */
public record SalaryPage(SalaryStats.RoleSalaries data, SalaryStats.JobFigures jobs, String histogramSvg,
                         String levelsSvg, String trendSvg, List<JobCard> featured) {

    public static SalaryPage of(SalaryStats.RoleSalaries d, SalaryStats.JobFigures jobs, List<JobCard> featured) {
        String unit = d.filter().currencyLabel();
        String name = d.role().name;
        double axis = d.byLevel().stream().filter(g -> g.stats().reliable()).mapToDouble(g -> g.stats().p90()).max().orElse(0) * 1.05;
        return new SalaryPage(d, jobs,
                SvgCharts.histogram("salary-histogram", name + ": how salaries spread",
                        "Number of survey answers per yearly salary band in " + unit + ".", d.histogram(), unit),
                SvgCharts.boxes("salary-levels", name + ": salary by experience level",
                        "For each level, the box spans the 25th to 75th percentile with the median marked; whiskers reach the 10th and 90th percentiles, in " + unit + ".",
                        d.byLevel().stream().map(g -> new SvgCharts.Box(g.label(), g.stats())).toList(), axis, unit),
                SvgCharts.trend("salary-trend", name + ": median salary per year",
                        "Median yearly salary in " + unit + " for each survey year with at least 10 answers.", d.byYear(), unit),
                featured);
    }

    public static String money(double amount) {
        return String.format(Locale.ROOT, "%,.0f", amount);
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
