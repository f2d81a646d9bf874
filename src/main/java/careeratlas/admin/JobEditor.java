package careeratlas.admin;

import careeratlas.jobs.JobFormView;
import careeratlas.jobs.JobForm;
import careeratlas.jobs.JobAudit;
import careeratlas.jobs.Company;
import careeratlas.jobs.Job;
import careeratlas.jobs.JobTags;
import careeratlas.catalog.Role;
import careeratlas.platform.ContentChanges;
import careeratlas.platform.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Every change an admin makes to jobs, each recorded in the audit trail in the same transaction. */
@ApplicationScoped
public class JobEditor {

    @Inject
    Event<ContentChanges.Changed> contentChanged;

    @Inject
    Clock clock;

    @Inject
    JobTags tags;

    /**
     * The tags a form that showed the tag boxes asks for: the ticked ones, the ones found in the text that the
     * form did not offer (the text changed since, or it was never previewed), and the ones typed to add.
     */
    List<JobTags.Tag> chosenTags(JobForm form) {
        Set<String> offered = form.offered();
        List<JobTags.Tag> chosen = new ArrayList<>(form.tagsTicked());
        tags.foundIn(form.taggedText()).stream().filter(t -> !offered.contains(t.value())).forEach(chosen::add);
        chosen.addAll(tags.resolve(form.addTags).tags());
        return tags.named(chosen.stream().map(t -> new JobTags.Tag(t.kind(), t.slug(), null)).toList());
    }

    public List<JobTags.Tag> tagsOf(long jobId) {
        return tags.of(jobId);
    }

    public Optional<Job> find(long id) {
        return Job.findWithCompany(id);
    }

    public List<String> companyNames() {
        return Company.<Company>list("order by name").stream().map(c -> c.name).toList();
    }

    public List<JobAudit> history(long jobId) {
        return JobAudit.forJob(jobId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** What saving a form led to. */
    public sealed interface Outcome permits Saved, AlreadySaved, Conflict {
    }

    public record Saved(Job job) implements Outcome {
    }

    /** The form's one-time token was used before: the job it created. */
    public record AlreadySaved(long jobId) implements Outcome {
    }

    /** Someone else saved the job since this form was opened. */
    public record Conflict(Job current) implements Outcome {
    }

    @Transactional
    public Outcome create(JobForm form, String actor) {
        Optional<FormSubmission> earlier = FormSubmission.find(form.formToken);
        if (earlier.isPresent()) {
            return new AlreadySaved(earlier.get().jobId);
        }
        Job job = new Job();
        form.applyTo(job);
        job.postedAt = now();
        job.persist();
        Job.getEntityManager().flush();
        if (form.showedTags()) {
            // The database tagged the job from its text on insert; the admin's choice replaces that.
            tags.replace(job.id, chosenTags(form));
        }
        if (form.formToken != null) {
            FormSubmission.record(form.formToken, job.id, now());
        }
        JobAudit.record(now(), job.id, job.title, actor, JobAudit.Action.CREATED, null);
        contentChanged.fire(new ContentChanges.Changed("job"));
        return new Saved(job);
    }

    @Transactional
    public Optional<Outcome> update(long id, JobForm form, String actor) {
        Optional<Job> found = Job.findWithCompany(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Job job = found.get();
        if (!Objects.equals(Integer.toString(job.version), form.version)) {
            return Optional.of(new Conflict(job));
        }
        JobForm before = JobForm.of(job);
        Job.Status statusBefore = job.status;
        form.applyTo(job);
        if (statusBefore == Job.Status.DRAFT && job.status == Job.Status.PUBLISHED) {
            // Published now: it is new on the board, in the feed and in e-mail alerts, which look at posted_at.
            job.postedAt = now();
        }
        List<String> changed = new ArrayList<>(changedFields(before, form));
        if (form.showedTags()) {
            List<String> tagsBefore = tags.of(id).stream().map(JobTags.Tag::value).sorted().toList();
            List<JobTags.Tag> chosen = chosenTags(form);
            if (!tagsBefore.equals(chosen.stream().map(JobTags.Tag::value).sorted().toList())) {
                tags.replace(id, chosen);
                changed.add("tags");
            }
        }
        if (!changed.isEmpty()) {
            job.updatedAt = now();
            JobAudit.record(now(), job.id, job.title, actor, JobAudit.Action.EDITED, String.join(", ", changed));
        }
        Job.getEntityManager().flush();
        contentChanged.fire(new ContentChanges.Changed("job"));
        return Optional.of(new Saved(job));
    }

    @Transactional
    public Optional<Job> feature(long id, LocalDate until, String actor) {
        return Job.<Job>findByIdOptional(id).map(job -> {
            job.featuredUntil = until;
            job.updatedAt = now();
            JobAudit.record(now(), id, job.title, actor, until == null ? JobAudit.Action.UNFEATURED : JobAudit.Action.FEATURED,
                    until == null ? null : "until " + until);
            contentChanged.fire(new ContentChanges.Changed("job"));
            return job;
        });
    }

    @Transactional
    public Optional<Job> expire(long id, String actor) {
        return Job.<Job>findByIdOptional(id).map(job -> {
            LocalDate yesterday = LocalDate.now(clock).minusDays(1);
            job.expiresOn = yesterday;
            job.featuredUntil = null;
            job.updatedAt = now();
            JobAudit.record(now(), id, job.title, actor, JobAudit.Action.EXPIRED, "closed on " + yesterday);
            contentChanged.fire(new ContentChanges.Changed("job"));
            return job;
        });
    }

    @Transactional
    public boolean delete(long id, String actor) {
        Optional<Job> job = Job.findByIdOptional(id);
        job.ifPresent(j -> {
            JobAudit.record(now(), id, j.title, actor, JobAudit.Action.DELETED, null);
            FormSubmission.delete("jobId", id);
            j.delete();
            contentChanged.fire(new ContentChanges.Changed("job"));
        });
        return job.isPresent();
    }

    static List<String> changedFields(JobForm before, JobForm after) {
        List<String> changed = new ArrayList<>();
        for (String field : JobForm.FIELDS) {
            if (!Objects.equals(value(before, field), value(after, field))) {
                changed.add(field);
            }
        }
        return changed;
    }

    static String value(JobForm f, String field) {
        return switch (field) {
            case "title" -> f.title;
            case "company" -> f.company;
            case "role" -> f.role;
            case "location" -> f.location;
            case "remote" -> Boolean.toString("true".equals(f.remote));
            case "remotePolicy" -> f.remotePolicy;
            case "country" -> f.country;
            case "region" -> f.region;
            case "city" -> f.city;
            case "remoteGroups" -> String.join(",", f.remoteGroups.stream().sorted().toList());
            case "remoteCountries" -> String.join(",", f.remoteCountryCodes().stream().sorted().toList());
            case "utcOffsetMin" -> String.valueOf(JobForm.offset(f.utcOffsetMin));
            case "utcOffsetMax" -> String.valueOf(JobForm.offset(f.utcOffsetMax));
            case "employmentTypes" -> String.join(",", f.employmentTypes.stream().sorted().toList());
            case "level" -> f.level;
            case "salaryMin" -> f.salaryMin;
            case "salaryMax" -> f.salaryMax;
            case "currency" -> f.salaryMin == null && f.salaryMax == null ? null : f.currency;
            case "salaryPeriod" -> f.salaryMin == null && f.salaryMax == null ? null : f.period().slug;
            case "description" -> f.description;
            case "applyUrl" -> f.applyUrl;
            case "applyEmail" -> f.applyEmail;
            case "status" -> f.status;
            case "expiresOn" -> f.expiresOn;
            case "featuredUntil" -> f.featuredUntil;
            case "tags", "addTags" -> null; // the tags are compared on their own, as the job's tags before and after
            default -> throw new IllegalArgumentException(field);
        };
    }
}
