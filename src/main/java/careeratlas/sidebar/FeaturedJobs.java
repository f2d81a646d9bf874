package careeratlas.sidebar;

import careeratlas.catalog.EmploymentType;
import careeratlas.catalog.ExperienceLevel;
import careeratlas.platform.ErrorAside;
import careeratlas.platform.PayPeriod;
import careeratlas.platform.SalaryRanges;
import careeratlas.platform.Urls;
import io.quarkus.cache.CacheResult;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The featured-jobs sidebar shown on every content page: up to {@value #SIZE} published, unexpired jobs that are
 * still featured, those for the page's roles first, then the most recently posted. Pages ask for it through
 * {@link #forRoles}; it is read once per set of roles and kept until jobs change (or for a few minutes, since
 * featuring ends with a date).
 */
@ApplicationScoped
@Named("featuredJobs")
public class FeaturedJobs implements ErrorAside {

    public static final String CACHE = "featured-jobs";
    public static final int SIZE = 5;
    private static final Logger LOG = Logger.getLogger(FeaturedJobs.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @Location("tags/sidebar")
    Template sidebar;

    /** Featured jobs, those for the given roles first, leaving out the job the page is about (or -1). */
    public List<FeaturedJob> forRoles(Collection<Long> roleIds, long exceptJobId) {
        return read(roleIds.stream().sorted().distinct().toList(), exceptJobId);
    }

    public List<FeaturedJob> forRoles(Collection<Long> roleIds) {
        return forRoles(roleIds, -1);
    }

    public List<FeaturedJob> any() {
        return forRoles(List.of(), -1);
    }

    /** The sidebar for an error page; nothing when the database cannot give it, so an error page always renders. */
    @Override
    public Optional<String> html() {
        try {
            return Optional.of(sidebar.data("jobs", any()).render());
        } catch (RuntimeException e) {
            LOG.debug("No sidebar on the error page", e);
            return Optional.empty();
        }
    }

    /**
     * Whether no job is open at all (a new site): the sidebar then says how an employer posts one instead of "none
     * featured". Read by the sidebar template as {@code inject:featuredJobs.noneOpen}; cached until jobs change.
     */
    @CacheResult(cacheName = CACHE)
    public boolean noneOpen() {
        return ((Number) em.createNativeQuery("""
                select count(*) from (select 1 from job where status = 'PUBLISHED' and expires_on >= :today limit 1) j""")
                .setParameter("today", LocalDate.now(clock)).getSingleResult()).longValue() == 0;
    }

    @CacheResult(cacheName = CACHE)
    List<FeaturedJob> read(List<Long> roleIds, long exceptJobId) {
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select j.id, j.title, c.name, j.location, array_to_string(j.employment_types, ','), j.experience_level,
                       j.currency, j.salary_min, j.salary_max, j.salary_period
                from job j join company c on c.id = j.company_id
                where j.status = 'PUBLISHED' and j.expires_on >= :today and j.featured_until >= :today and j.id <> :except
                order by case when j.role_id in (:roles) then 0 else 1 end, j.posted_at desc, j.id desc
                limit :size""")
                .setParameter("today", today).setParameter("except", exceptJobId)
                .setParameter("roles", roleIds.isEmpty() ? List.of(-1L) : roleIds).setParameter("size", SIZE).getResultList();
        return rows.stream().map(FeaturedJobs::card).toList();
    }

    private static FeaturedJob card(Object[] r) {
        long id = ((Number) r[0]).longValue();
        String title = (String) r[1];
        String company = (String) r[2];
        List<String> types = Arrays.stream(((String) r[4]).split(",")).map(t -> EmploymentType.valueOf(t).label).toList();
        return new FeaturedJob(Urls.job(id, title, company), title, company, (String) r[3], types,
                ExperienceLevel.valueOf((String) r[5]).label,
                SalaryRanges.range((String) r[6], (Integer) r[7], (Integer) r[8], PayPeriod.valueOf((String) r[9])));
    }
}
