package careeratlas.roles;

import careeratlas.catalog.FamilyGroup;
import careeratlas.catalog.RoleProfile;
import careeratlas.catalog.TermLinks;
import careeratlas.platform.LinkedText;
import careeratlas.catalog.RoleCatalog;
import careeratlas.catalog.SkillCatalog;
import careeratlas.jobs.JobService;
import careeratlas.salaries.SalaryFigures;
import careeratlas.salaries.Stats;
import careeratlas.sidebar.FeaturedJob;
import careeratlas.sidebar.FeaturedJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/** The role pages' service: gathers a role's profile, jobs, pay, comparisons and transitions. */
@ApplicationScoped
public class RolePages {

    @Inject
    RoleCatalog catalog;

    @Inject
    SkillCatalog skills;

    @Inject
    JobService jobs;

    @Inject
    SalaryFigures salaries;

    @Inject
    FeaturedJobs featured;

    @Inject
    TermLinks links;

    public List<FamilyGroup> families() {
        return catalog.families();
    }

    public List<FeaturedJob> sidebar() {
        return featured.any();
    }

    /** The page of the role with this slug; 404 when there is none. */
    public RolePage page(String slug) {
        RoleProfile profile = catalog.profile(slug);
        long id = profile.role().id();
        List<Long> ids = List.of(id);
        return new RolePage(profile, texts(profile), jobs.openCountsByRole(ids).getOrDefault(id, 0L),
                salaries.ofRoles(ids).overall().getOrDefault(id, Stats.NONE),
                catalog.comparisonsInvolving(List.of(slug)), skills.transitionsFrom(slug), skills.transitionsTo(slug),
                catalog.roles().stream().filter(r -> !r.slug().equals(slug)).toList(), featured.forRoles(ids));
    }

    /** Definition, responsibilities and tips, in reading order, with each term linked at its first mention. */
    private RolePage.Texts texts(RoleProfile p) {
        List<List<LinkedText>> linked = links.linked("role:" + p.slug(), () -> List.of(List.of(p.role().definition()),
                p.responsibilities(), p.tips().stream().map(RoleProfile.Tip::body).toList()));
        List<RolePage.Tip> tips = new ArrayList<>();
        for (int i = 0; i < p.tips().size(); i++) {
            RoleProfile.Tip t = p.tips().get(i);
            tips.add(new RolePage.Tip(t.number(), t.title(), linked.get(2).get(i)));
        }
        return new RolePage.Texts(linked.get(0).get(0), linked.get(1), List.copyOf(tips));
    }
}
