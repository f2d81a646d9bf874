package careeratlas.testing;

import careeratlas.jobs.Company;
import careeratlas.catalog.ExperienceLevel;
import careeratlas.jobs.Job;
import careeratlas.catalog.Role;
import careeratlas.platform.ContentChanges;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Creates jobs for a test, each committed in its own transaction, and deletes them again afterwards. */
public final class TestJobs {

    private final List<Long> created = new ArrayList<>();

    /** A published, unexpired, not featured full-time mid-level job; {@code customize} changes what the test needs. */
    public long create(String title, String roleSlug, Consumer<Job> customize) {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Job job = new Job();
            job.title = title;
            job.company = Company.find("slug", "murmuration").firstResult();
            job.role = roleSlug == null ? null : Role.findBySlug(roleSlug).orElseThrow();
            job.location = "Berlin, Germany";
            job.employmentTypes = new String[] {"FULL_TIME"};
            job.experienceLevel = ExperienceLevel.MID;
            job.description = "A test job.";
            job.applyUrl = "https://www.example.com/apply";
            job.status = Job.Status.PUBLISHED;
            job.postedAt = OffsetDateTime.now();
            job.expiresOn = LocalDate.now().plusDays(30);
            customize.accept(job);
            job.persist();
            return job.id;
        });
        created.add(id);
        contentChanged();
        return id;
    }

    /** The newest job id now: jobs a test posts through the site get higher ids. */
    public static long newestId() {
        return QuarkusTransaction.requiringNew().call(() -> Job.<Job>find("order by id desc").firstResult().id);
    }

    /** Deletes the jobs (and their one-time form records) with ids above {@code id}. */
    public static void deleteAfter(long id) {
        QuarkusTransaction.requiringNew().run(() -> {
            Job.getEntityManager().createNativeQuery("delete from form_submission where job_id > ?1")
                    .setParameter(1, id).executeUpdate();
            Job.delete("id > ?1", id);
        });
        contentChanged();
    }

    public void deleteAll() {
        QuarkusTransaction.requiringNew().run(() -> created.forEach(id -> Job.deleteById(id)));
        created.clear();
        contentChanged();
    }

    /**
     * Drops the site's caches, as the admin area does after its commits. (The database's change notification
     * would do it too, a few milliseconds later; a test's next request must not race it.)
     */
    public static void contentChanged() {
        Arc.container().instance(ContentChanges.class).get().invalidateAll();
    }
}
