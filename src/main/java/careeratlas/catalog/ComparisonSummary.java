package careeratlas.catalog;

import careeratlas.platform.Urls;

/** A curated comparison as lists show it: plain data, safe to cache. */
public record ComparisonSummary(long id, String slugA, String nameA, String slugB, String nameB, String publishedOn) {

    static ComparisonSummary of(Comparison c) {
        return new ComparisonSummary(c.id, c.roleA.slug, c.roleA.name, c.roleB.slug, c.roleB.name,
                c.publishedOn.toString());
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
