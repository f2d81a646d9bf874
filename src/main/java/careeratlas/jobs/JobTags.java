package careeratlas.jobs;

import careeratlas.catalog.SkillCatalog;
import careeratlas.catalog.Vocabulary;
import careeratlas.catalog.Vocabulary.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The skills and tools a job asks for. Found in the title and description by the database when a job is posted
 * (the {@code vocabulary_terms_in} function of V80: names and aliases as whole words), chosen by the admin on the
 * job form afterwards; counted for the skill and tool pages.
 */
@ApplicationScoped
public class JobTags {

    /** One tag: a skill or a tool of the vocabulary. {@code value} is how forms send it: "skill:sql". */
    public record Tag(Kind kind, String slug, String name) {
        public String value() {
            return kind.name().toLowerCase(Locale.ROOT) + ":" + slug;
        }

        public boolean skill() {
            return kind == Kind.SKILL;
        }

        /** A form value back into kind and slug, or null when it is not one. */
        public static Tag parse(String value) {
            if (value == null || !value.matches("(skill|tool):[a-z0-9]+(-[a-z0-9]+)*") || value.length() > 90) {
                return null;
            }
            int colon = value.indexOf(':');
            return new Tag(Kind.valueOf(value.substring(0, colon).toUpperCase(Locale.ROOT)),
                    value.substring(colon + 1), null);
        }

        static final Comparator<Tag> ORDER = Comparator.comparing(Tag::kind).thenComparing(Tag::name,
                String.CASE_INSENSITIVE_ORDER);
    }

    /** The key of a role's number of open jobs in {@link #demandOfRole}. */
    public static final String ALL = "ALL";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SkillCatalog catalog;

    /** What an admin typed to add tags: the tags it names and the pieces that name none. */
    public record Typed(List<Tag> tags, List<String> unknown) {
    }

    /**
     * Comma-separated names, aliases or slugs of skills and tools, compared without case: "Postgres, sklearn" is
     * PostgreSQL and scikit-learn. A piece that names both a skill and a tool ("R") adds both.
     */
    public Typed resolve(String typed) {
        if (typed == null || typed.isBlank()) {
            return new Typed(List.of(), List.of());
        }
        Vocabulary vocabulary = catalog.vocabulary();
        List<Tag> tags = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String piece : typed.split("[,;\\n]+")) {
            String p = piece.strip().replaceAll("\\s+", " ");
            if (p.isEmpty()) {
                continue;
            }
            String lower = p.toLowerCase(Locale.ROOT);
            List<Tag> named = java.util.stream.Stream.concat(vocabulary.skills().stream(), vocabulary.tools().stream())
                    .filter(t -> t.slug().equals(lower) || t.name().toLowerCase(Locale.ROOT).equals(lower)
                            || t.aliases().contains(lower))
                    .map(t -> new Tag(t.kind(), t.slug(), t.name())).toList();
            if (named.isEmpty()) {
                unknown.add(p);
            } else {
                named.stream().filter(t -> !tags.contains(t)).forEach(tags::add);
            }
        }
        return new Typed(List.copyOf(tags), List.copyOf(unknown));
    }

    /** The tags with their names, in the usual order; slugs the vocabulary does not have are left out. */
    public List<Tag> named(Collection<Tag> tags) {
        Vocabulary vocabulary = catalog.vocabulary();
        return tags.stream().distinct().flatMap(t -> vocabulary.term(t.kind(), t.slug())
                        .map(term -> new Tag(t.kind(), t.slug(), term.name())).stream())
                .distinct().sorted(Tag.ORDER).toList();
    }

    /** The skills and tools the text names, skills first, each by name. */
    public List<Tag> foundIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return tags(em.createNativeQuery("""
                select v.kind, coalesce(s.slug, t.slug), coalesce(s.name, t.name)
                from vocabulary_terms_in(:text) v
                left join skill s on v.kind = 'SKILL' and s.id = v.term_id
                left join tool t on v.kind = 'TOOL' and t.id = v.term_id""").setParameter("text", text));
    }

    /** The job's tags, skills first, each by name. */
    public List<Tag> of(long jobId) {
        return tags(em.createNativeQuery("""
                select 'SKILL', s.slug, s.name from job_skill js join skill s on s.id = js.skill_id where js.job_id = :job
                union all
                select 'TOOL', t.slug, t.name from job_tool jt join tool t on t.id = jt.tool_id where jt.job_id = :job""")
                .setParameter("job", jobId));
    }

    /** Replaces the job's tags by these (unknown slugs are left out); call inside the saving transaction. */
    public void replace(long jobId, Collection<Tag> tags) {
        String[] skills = tags.stream().filter(Tag::skill).map(Tag::slug).distinct().toArray(String[]::new);
        String[] tools = tags.stream().filter(t -> !t.skill()).map(Tag::slug).distinct().toArray(String[]::new);
        em.createNativeQuery("delete from job_skill where job_id = :job").setParameter("job", jobId).executeUpdate();
        em.createNativeQuery("delete from job_tool where job_id = :job").setParameter("job", jobId).executeUpdate();
        em.createNativeQuery("insert into job_skill (job_id, skill_id) select :job, id from skill"
                + " where slug = any(cast(:slugs as text[]))").setParameter("job", jobId)
                .setParameter("slugs", skills).executeUpdate();
        em.createNativeQuery("insert into job_tool (job_id, tool_id) select :job, id from tool"
                + " where slug = any(cast(:slugs as text[]))").setParameter("job", jobId)
                .setParameter("slugs", tools).executeUpdate();
    }

    /** How many open jobs carry the skill or tool. */
    public long openJobs(Kind kind, String slug) {
        Query q = em.createNativeQuery(kind == Kind.SKILL
                ? "select count(*) from job j join job_skill x on x.job_id = j.id join skill s on s.id = x.skill_id"
                        + " where s.slug = :slug and " + JobQueries.OPEN
                : "select count(*) from job j join job_tool x on x.job_id = j.id join tool t on t.id = x.tool_id"
                        + " where t.slug = :slug and " + JobQueries.OPEN);
        return ((Number) q.setParameter("slug", slug).setParameter("today", LocalDate.now(clock))
                .getSingleResult()).longValue();
    }

    /**
     * How many open jobs of the role ask for each skill and tool, by {@code "SKILL:slug"} or {@code "TOOL:slug"},
     * and how many it has in all ({@link #ALL}): one statement.
     */
    public java.util.Map<String, Long> demandOfRole(long roleId) {
        Query q = em.createNativeQuery("""
                select 'SKILL:' || s.slug, count(*) from job j join job_skill x on x.job_id = j.id
                  join skill s on s.id = x.skill_id where j.role_id = :role and %1$s group by s.slug
                union all
                select 'TOOL:' || t.slug, count(*) from job j join job_tool x on x.job_id = j.id
                  join tool t on t.id = x.tool_id where j.role_id = :role and %1$s group by t.slug
                union all
                select 'ALL', count(*) from job j where j.role_id = :role and %1$s"""
                .formatted(JobQueries.OPEN)).setParameter("role", roleId).setParameter("today", LocalDate.now(clock));
        java.util.Map<String, Long> demand = new java.util.HashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            demand.put((String) r[0], ((Number) r[1]).longValue());
        }
        return java.util.Map.copyOf(demand);
    }

    @SuppressWarnings("unchecked")
    private static List<Tag> tags(Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Tag(Kind.valueOf((String) r[0]), (String) r[1], (String) r[2]))
                .sorted(Tag.ORDER).toList();
    }
}
