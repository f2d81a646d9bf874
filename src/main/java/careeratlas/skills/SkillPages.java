package careeratlas.skills;

import careeratlas.catalog.RoleCatalog;
import careeratlas.catalog.SkillCatalog;
import careeratlas.catalog.Vocabulary;
import careeratlas.catalog.Vocabulary.Kind;
import careeratlas.catalog.Vocabulary.Term;
import careeratlas.jobs.JobService;
import careeratlas.sidebar.FeaturedJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import java.util.List;

/** The skill and tool pages' service: the vocabulary and comparisons come from caches, open jobs from one count. */
@ApplicationScoped
public class SkillPages {

    /** How many of the newest open jobs asking for the term the page lists. */
    static final int NEWEST_JOBS = 5;

    @Inject
    SkillCatalog skills;

    @Inject
    RoleCatalog catalog;

    @Inject
    JobService jobs;

    @Inject
    FeaturedJobs featured;

    public TermIndex index(Kind kind) {
        return new TermIndex(kind, TermIndex.groups(skills.vocabulary(), kind), featured.any());
    }

    /** The page of the skill or tool with this slug; 404 when there is none. */
    public TermPage page(Kind kind, String slug) {
        Vocabulary vocabulary = skills.vocabulary();
        Term term = vocabulary.term(kind, slug).orElseThrow(NotFoundException::new);
        // Open jobs "asking for" the term are the jobs tagged with it (found in their text when posted, or chosen by
        // an admin), whatever their role.
        JobService.TermJobs asking = jobs.jobsAsking(kind, slug, NEWEST_JOBS);
        List<TermPage.RoleUse> uses = TermPage.uses(vocabulary, term, asking.byRole());
        List<Long> ids = uses.stream().map(u -> u.role().id()).toList();
        return new TermPage(term, uses, asking.total(), asking.newest(), asking.boardUrl(),
                TermPage.separations(uses, catalog.comparisons()), featured.forRoles(ids));
    }
}
