package careeratlas.catalog;

import careeratlas.platform.Urls;

/**
 * A curated comparison as lists show it, with its editorial introduction and conclusion for its own page: plain
 * data, safe to cache.
 */
public record ComparisonSummary(long id, String slugA, String nameA, String slugB, String nameB, String publishedOn,
                                String introduction, String conclusion) {

    /** A comparison as a list shows it, without its texts. */
    public ComparisonSummary(long id, String slugA, String nameA, String slugB, String nameB, String publishedOn) {
        this(id, slugA, nameA, slugB, nameB, publishedOn, "", "");
    }

    static ComparisonSummary of(Comparison c) {
        return new ComparisonSummary(c.id, c.roleA.slug, c.roleA.name, c.roleB.slug, c.roleB.name,
                c.publishedOn.toString(), c.introduction, c.conclusion);
    }

    /** Whether this is the comparison of these two roles in this order. */
    public boolean isPair(String first, String second) {
        return slugA.equals(first) && slugB.equals(second);
    }

    public String title() {
        return nameA + " vs. " + nameB;
    }

    public String url() {
        return Urls.comparison(slugA, slugB);
    }

    /** The other role's name, for a list on one role's page. */
    public String otherName(String slug) {
        return slug.equals(slugA) ? nameB : nameA;
    }

    public boolean involves(String slug) {
        return slug.equals(slugA) || slug.equals(slugB);
    }
}
