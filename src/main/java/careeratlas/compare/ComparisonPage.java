package careeratlas.compare;

import careeratlas.platform.LinkedText;
import careeratlas.platform.Money;
import careeratlas.platform.ShareCard;
import careeratlas.catalog.ComparisonSummary;
import careeratlas.platform.Urls;
import careeratlas.sidebar.FeaturedJob;
import careeratlas.salaries.Stats;
import careeratlas.catalog.RoleProfile;

import java.util.List;

/**
 * A comparison page: two role profiles, the editorial (or generated) text, the computed overlap and what sits
 * around it.
 */
public record ComparisonPage(RoleProfile a, RoleProfile b, boolean curated, String date, String dateIso,
                             List<LinkedText> introduction, List<LinkedText> conclusion, List<GlanceRow> glance,
                             Overlap skills, Overlap tools, Overlap industries, long openJobsA, long openJobsB,
                             Stats salaryA, Stats salaryB, String salarySvg, List<ComparisonSummary> related,
                             List<FeaturedJob> featured) {

    /** One row of the at-a-glance table. */
    public record GlanceRow(String label, String a, String b) {
    }

    /** Both roles, for the two-column sections. */
    public List<RoleProfile> profiles() {
        return List.of(a, b);
    }

    public String title() {
        return a.name() + " vs. " + b.name();
    }

    public String path() {
        return Urls.comparison(a.slug(), b.slug());
    }

    public String description() {
        return "How " + a.name() + " and " + b.name() + " differ: responsibilities, skills, education, tools, "
                + "industries, outlook and how to get started, side by side.";
    }

    /** The share picture: both roles in their colours with their survey median. */
    public ShareCard shareCard() {
        return new ShareCard("A Comprehensive Comparison", title(), List.of(
                new ShareCard.Figure(a.name(), median(salaryA), "a"),
                new ShareCard.Figure(b.name(), median(salaryB), "b")));
    }

    static String median(Stats s) {
        return s.reliable() ? "$" + Money.compact(s.p50()) + " median" : "Too few answers";
    }
}
