package careeratlas.salaries;

import careeratlas.platform.Money;

import java.util.List;

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
                ? "<circle class=\"marker role-a\" cx=\"" + n(cx) + "\" cy=\"" + n(cy) + "\" r=\"6\"/>"
                : "<rect class=\"marker role-b\" x=\"" + n(cx - 5.5) + "\" y=\"" + n(cy - 5.5) + "\" width=\"11\" height=\"11\"/>";
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
            svg.append("<rect class=\"box").append(series ? " role-" + b.series() : "").append("\" x=\"")
                    .append(n(x(s.p25(), max))).append("\" y=\"").append(n(mid - 9)).append("\" width=\"")
                    .append(n(x(s.p75(), max) - x(s.p25(), max))).append("\" height=\"18\"/>");
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
            svg.append("<rect class=\"bar\" data-count=\"").append(b.count()).append("\" x=\"").append(n(x))
                    .append("\" y=\"").append(n(chartBottom - h)).append("\" width=\"").append(n(slot - 4))
                    .append("\" height=\"").append(n(h)).append("\"/>");
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
            path.append(i == 0 ? "M" : " L").append(n(px)).append(' ').append(n(py));
            svg.append("<circle class=\"point\" cx=\"").append(n(px)).append("\" cy=\"").append(n(py))
                    .append("\" r=\"4\"/>");
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
        return "<svg class=\"inline-bar\" width=\"120\" height=\"12\" viewBox=\"0 0 120 12\" role=\"img\" aria-label=\""
                + escape(label) + "\"><rect x=\"0\" y=\"1\" width=\"" + n(w) + "\" height=\"10\"/></svg>";
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
        return new StringBuilder(4096).append("<svg class=\"chart\" id=\"").append(id).append("\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"")
                .append(id).append("-title\">").append(escape(title)).append("</title><desc id=\"").append(id)
                .append("-desc\">").append(escape(description)).append("</desc>");
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return "<line class=\"" + cls + "\" x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2)
                + "\"/>";
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\">" + escape(content) + "</text>";
    }

    /** A coordinate with one decimal, as "%.1f" would print it, without a Formatter. */
    static String n(double value) {
        long tenths = Math.round(value * 10);
        long whole = Math.abs(tenths) / 10;
        return (tenths < 0 ? "-" : "") + whole + "." + Math.abs(tenths) % 10;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
