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
import java.util.Map;

/** The skill and tool pages' service: the vocabulary and comparisons come from caches, open jobs from one count. */
@ApplicationScoped
public class SkillPages {

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
        List<TermPage.RoleUse> unCounted = TermPage.uses(vocabulary, term, Map.of());
        List<Long> ids = unCounted.stream().map(u -> u.role().id()).toList();
        Map<Long, Long> open = ids.isEmpty() ? Map.of() : jobs.openCountsByRole(ids);
        List<TermPage.RoleUse> uses = TermPage.uses(vocabulary, term, open);
        return new TermPage(term, uses, uses.stream().mapToLong(TermPage.RoleUse::openJobs).sum(),
                TermPage.separations(uses, catalog.comparisons()), featured.forRoles(ids));
    }
}
