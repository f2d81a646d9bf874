package careeratlas.roles;

import careeratlas.platform.LinkedText;
import careeratlas.platform.Money;
import careeratlas.platform.ShareCard;
import careeratlas.catalog.ComparisonSummary;
import careeratlas.catalog.RoleProfile;
import careeratlas.catalog.RoleSummary;
import careeratlas.catalog.TransitionSummary;
import careeratlas.catalog.Vocabulary;
import careeratlas.salaries.Stats;
import careeratlas.sidebar.FeaturedJob;

import java.util.List;

/**
 * A role page: the role's profile, its open jobs and pay, the comparisons that include it, the editors' transitions
 * into and out of it, the other roles (for a move in either direction) and the sidebar.
 */
public record RolePage(RoleProfile profile, Texts texts, long openJobs, Stats salary, List<ComparisonSummary> comparisons,
                       List<TransitionSummary> transitionsFrom, List<TransitionSummary> transitionsTo,
                       List<RoleSummary> otherRoles, List<FeaturedJob> featured) {

    /** The role's running texts with the skills and tools they name linked to their pages. */
    public record Texts(LinkedText definition, List<LinkedText> responsibilities, List<Tip> tips) {
    }

    /** A tip with its body linked. */
    public record Tip(int number, String title, LinkedText body) {
    }

    /** The other role's name of a comparison that includes this one. */
    public String other(ComparisonSummary c) {
        return c.otherName(profile.slug());
    }

    /** How many of the role's first skills are its core skills. */
    public int coreSkills() {
        return Vocabulary.CORE_SKILLS;
    }

    /** The share picture: the role, its survey median and its open jobs. */
    public ShareCard shareCard() {
        return new ShareCard("Role profile", profile.name(), List.of(
                new ShareCard.Figure("Median salary (survey)", salary.reliable() ? "$" + Money.compact(salary.p50()) : "Too few answers", ""),
                new ShareCard.Figure("Open jobs here", Long.toString(openJobs), "")));
    }
}
