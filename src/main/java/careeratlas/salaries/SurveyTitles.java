package careeratlas.salaries;

import careeratlas.catalog.Role;
import careeratlas.platform.ContentChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Which survey job titles count for which role: every query and transaction of the title mapping. */
@ApplicationScoped
public class SurveyTitles {

    /** A survey title and how many answers carry it. */
    public record TitleCount(String title, long count) {
    }

    /** The outcome of adding a title: the error to show, or the role and the answers that now count for it. */
    public record Added(String error, String roleName, int answers) {
    }

    @Inject
    EntityManager em;

    @Inject
    Event<ContentChanges.Changed> changed;

    public List<RoleAlias> aliases() {
        return RoleAlias.listWithRoles();
    }

    /** Survey titles that count for no role, most frequent first. */
    @SuppressWarnings("unchecked")
    public List<TitleCount> unmapped() {
        List<Object[]> rows = em.createNativeQuery(
                "select job_title, count(*) from salary_report where role_id is null group by job_title order by count(*) desc, job_title limit 50")
                .getResultList();
        return rows.stream().map(r -> new TitleCount((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    /** Adds a title to a role; the survey answers with that title count for the role at once. */
    @Transactional
    public Added add(String title, String roleSlug) {
        String t = title == null ? "" : title.strip();
        Optional<Role> r = roleSlug == null ? Optional.empty() : Role.findBySlug(roleSlug);
        if (t.isEmpty() || t.length() > 200 || r.isEmpty()) {
            return new Added("Give a survey title (up to 200 characters) and choose a role.", null, 0);
        }
        if (RoleAlias.findByTitle(t).isPresent()) {
            return new Added("The title \"" + t + "\" already counts for a role; remove it there first.", null, 0);
        }
        RoleAlias alias = new RoleAlias();
        alias.title = t;
        alias.role = r.get();
        alias.persist();
        int answers = RoleAlias.remap(t, r.get().id);
        changed.fire(new ContentChanges.Changed("role_alias"));
        return new Added(null, r.get().name, answers);
    }

    /** Removes a title from its role; returns the title, or empty when there is no such mapping. */
    @Transactional
    public Optional<String> remove(long id) {
        Optional<RoleAlias> alias = RoleAlias.findByIdOptional(id);
        alias.ifPresent(a -> {
            RoleAlias.remap(a.title, null);
            a.delete();
            changed.fire(new ContentChanges.Changed("role_alias"));
        });
        return alias.map(a -> a.title);
    }
}
