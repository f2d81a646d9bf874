package careeratlas.salaries;

import careeratlas.platform.Money;

import java.util.List;
import java.util.Locale;

/**
 * Server-side SVG charts: numbers in, a small accessible {@code <svg>} out (title, description, axis and value
 * labels; no script). Colours are backed by labels and patterns of position, never the only carrier of meaning.
 */
public final class SvgCharts {

    static final int WIDTH = 640;
    private static final int LEFT = 110;
    private static final int RIGHT = 20;

    private SvgCharts() {
    }

    /** A box per row (p25 to p75, median marked, whiskers p10 to p90) on one shared horizontal axis. */
    public record Box(String label, Stats stats, String series) {
        public Box(String label, Stats stats) {
            this(label, stats, "");
        }
    }

    /** A named series of a two-role chart: {@code a} is drawn with a circle, {@code b} with a square. */
    public record Series(String key, String name) {
    }

    /** Boxes of two series (role A and role B), each row marked by its series' shape and colour, with a legend. */
    public static String boxes(String id, String title, String description, List<Box> rows, double axisMax, String unit,
                               List<Series> legend) {
        String svg = boxes(id, title, description, rows, axisMax, unit, 28);
        StringBuilder keys = new StringBuilder("<g class=\"legend\">");
        double x = LEFT;
        for (Series series : legend) {
            keys.append(marker(series.key(), x + 6, 14));
            keys.append(text(x + 16, 18, "start", series.name()));
            x += 26 + series.name().length() * 7.2;
        }
        keys.append("</g>");
        int insert = svg.indexOf("</desc>") + "</desc>".length();
        return svg.substring(0, insert) + keys + svg.substring(insert);
    }

    private static String marker(String series, double cx, double cy) {
        return "a".equals(series)
                ? String.format(Locale.ROOT, "<circle class=\"marker role-a\" cx=\"%.1f\" cy=\"%.1f\" r=\"6\"/>", cx, cy)
                : String.format(Locale.ROOT, "<rect class=\"marker role-b\" x=\"%.1f\" y=\"%.1f\" width=\"11\" height=\"11\"/>", cx - 5.5, cy - 5.5);
    }

    public static String boxes(String id, String title, String description, List<Box> rows, double axisMax, String unit) {
        return boxes(id, title, description, rows, axisMax, unit, 10);
    }

    private static String boxes(String id, String title, String description, List<Box> rows, double axisMax, String unit, int top) {
        int rowHeight = 34;
        int height = top + rows.size() * rowHeight + 40;
        double max = axisMax <= 0 ? 1 : SalaryQueries.niceWidth(axisMax / 4) * 4;
        StringBuilder svg = open(id, title, description, height);
        for (int i = 0; i < rows.size(); i++) {
            Box b = rows.get(i);
            double y = top + i * rowHeight;
            boolean series = !b.series().isEmpty();
            svg.append(text(LEFT - (series ? 22 : 8), y + 20, "end", b.label()));
            if (series) {
                svg.append(marker(b.series(), LEFT - 10, y + 16));
            }
            if (!b.stats().reliable()) {
                svg.append(text(LEFT + 4, y + 20, "start", "too few answers (" + b.stats().n() + ")"));
                continue;
            }
            Stats s = b.stats();
            double mid = y + rowHeight / 2.0;
            svg.append(line(x(s.p10(), max), mid, x(s.p90(), max), mid, "whisker"));
            svg.append(line(x(s.p10(), max), mid - 6, x(s.p10(), max), mid + 6, "whisker"));
            svg.append(line(x(s.p90(), max), mid - 6, x(s.p90(), max), mid + 6, "whisker"));
            svg.append(String.format(Locale.ROOT, "<rect class=\"box%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\"/>",
                    series ? " role-" + b.series() : "", x(s.p25(), max), mid - 9, x(s.p75(), max) - x(s.p25(), max), 18));
            svg.append(line(x(s.p50(), max), mid - 11, x(s.p50(), max), mid + 11, "median"));
        }
        axis(svg, top + rows.size() * rowHeight, max, unit);
        return svg.append("</svg>").toString();
    }

    /** Vertical bars, one per band, labelled with their counts. */
    public static String histogram(String id, String title, String description, List<SalaryQueries.Band> bands, String unit) {
        int height = 230;
        int chartTop = 20;
        int chartBottom = 180;
        long maxCount = bands.stream().mapToLong(SalaryQueries.Band::count).max().orElse(1);
        double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, bands.size());
        StringBuilder svg = open(id, title, description, height);
        for (int i = 0; i < bands.size(); i++) {
            SalaryQueries.Band b = bands.get(i);
            double h = maxCount == 0 ? 0 : (chartBottom - chartTop) * b.count() / (double) maxCount;
            double x = LEFT + i * slot + 2;
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"bar\" data-count=\"%d\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                    b.count(), x, chartBottom - h, slot - 4, h));
            svg.append(text(x + (slot - 4) / 2, chartBottom - h - 4, "middle", Long.toString(b.count())));
            String label = b.last() ? Money.compact(b.from()) + "+" : Money.compact(b.from());
            svg.append(text(x + (slot - 4) / 2, chartBottom + 16, "middle", label));
        }
        svg.append(text(LEFT - 8, chartBottom, "end", "0"));
        svg.append(text(WIDTH / 2.0, chartBottom + 38, "middle", "Yearly salary band (" + unit + "), answers per band"));
        return svg.append("</svg>").toString();
    }

    /** Medians per year as a line with labelled points. */
    public static String trend(String id, String title, String description, List<SalaryQueries.Group> years, String unit) {
        int height = 220;
        int chartTop = 24;
        int chartBottom = 170;
        StringBuilder svg = open(id, title, description, height);
        List<SalaryQueries.Group> points = years.stream().filter(g -> g.stats().reliable()).toList();
        double max = points.stream().mapToDouble(g -> g.stats().p50()).max().orElse(1) * 1.15;
        double step = points.size() <= 1 ? 0 : (WIDTH - LEFT - RIGHT - 40) / (double) (points.size() - 1);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            SalaryQueries.Group g = points.get(i);
            double px = LEFT + 20 + i * step;
            double py = chartBottom - (chartBottom - chartTop) * g.stats().p50() / max;
            path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", px, py));
            svg.append(String.format(Locale.ROOT, "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"/>", px, py));
            svg.append(text(px, py - 9, "middle", Money.compact(g.stats().p50())));
            svg.append(text(px, chartBottom + 18, "middle", g.label()));
        }
        if (points.size() > 1) {
            svg.append("<path class=\"trend\" d=\"").append(path).append("\"/>");
        }
        svg.append(text(WIDTH / 2.0, chartBottom + 40, "middle", "Median yearly salary (" + unit + ") by survey year"));
        return svg.append("</svg>").toString();
    }

    /** A small bar for the salary index. */
    public static String inlineBar(double value, double max, String label) {
        double w = max <= 0 ? 0 : 120 * value / max;
        return String.format(Locale.ROOT, "<svg class=\"inline-bar\" width=\"120\" height=\"12\" viewBox=\"0 0 120 12\" role=\"img\" aria-label=\"%s\">"
                + "<rect x=\"0\" y=\"1\" width=\"%.1f\" height=\"10\"/></svg>", escape(label), w);
    }

    private static double x(double value, double max) {
        return LEFT + (WIDTH - LEFT - RIGHT) * Math.min(value, max) / max;
    }

    private static void axis(StringBuilder svg, double y, double max, String unit) {
        svg.append(line(LEFT, y + 4, WIDTH - RIGHT, y + 4, "axis"));
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            double px = x(value, max);
            svg.append(line(px, y + 4, px, y + 9, "axis"));
            svg.append(text(px, y + 22, i == 4 ? "end" : "middle", Money.compact(value)));
        }
        svg.append(text(WIDTH / 2.0, y + 36, "middle", "Yearly salary (" + unit + ")"));
    }

    private static StringBuilder open(String id, String title, String description, int height) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart\" id=\"%s\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"%s-title %s-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
                        + "<title id=\"%s-title\">%s</title><desc id=\"%s-desc\">%s</desc>",
                id, WIDTH, height, id, id, id, escape(title), id, escape(description)));
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", cls, x1, y1, x2, y2);
    }

    private static String text(double x, double y, String anchor, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor, escape(content));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
