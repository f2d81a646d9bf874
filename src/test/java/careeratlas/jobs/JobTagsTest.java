package careeratlas.jobs;

import careeratlas.jobs.JobAudit;
import careeratlas.testing.AdminSession;
import careeratlas.testing.Html;
import careeratlas.testing.HtmlValidator;
import careeratlas.testing.JobForms;
import careeratlas.testing.TestJobs;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static careeratlas.testing.Html.escape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jobs tagged with skills and tools (V80): found in the title and description by names and aliases as whole words,
 * chosen on the admin form, filtered and counted on the board and on the skill and tool pages.
 */
@QuarkusTest
class JobTagsTest {

    final TestJobs jobs = new TestJobs();
    AdminSession admin;
    long lastSeedJob;

    @BeforeEach
    void setUp() {
        lastSeedJob = TestJobs.newestId();
    }

    @AfterEach
    void cleanUp() {
        jobs.deleteAll();
        TestJobs.deleteAfter(lastSeedJob);
    }

    @Test
    void eachJobCarriesACopyOfItsTagsThatFollowsEveryChange() {
        long id = jobs.create("Analytics Engineer", "data-engineer",
                j -> j.description = "You will model data in Postgres and train models with sklearn and Python.");
        assertEquals(tags(id), copiedTags(id), "set with the tags the posting found");
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                "delete from job_tool where job_id = :id and tool_id = (select id from tool where slug = 'postgresql')")
                .setParameter("id", id).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                "insert into job_skill (job_id, skill_id) select :id, id from skill where slug = 'sql'")
                .setParameter("id", id).executeUpdate());
        assertEquals(tags(id), copiedTags(id), "and follows a removed and an added tag");
        assertTrue(copiedTags(id).contains("skill:sql") && !copiedTags(id).contains("tool:postgresql"));
    }

    /** The job row's own copy of its tags (V88), as "kind:slug" in the order of {@link #tags}. */
    @SuppressWarnings("unchecked")
    static List<String> copiedTags(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object>) Panache.getEntityManager().createNativeQuery("""
                select 'skill:' || s.slug from job j join skill s on s.id = any(j.skill_ids) where j.id = :id
                union all
                select 'tool:' || t.slug from job j join tool t on t.id = any(j.tool_ids) where j.id = :id
                order by 1""").setParameter("id", id).getResultList()).stream().map(String::valueOf).toList());
    }

    @Test
    void aliasesMatchAndShortNamesNeedWholeWords() {
        long id = jobs.create("Analytics Engineer", "data-engineer", j -> j.description = """
                You will model data in Postgres and train models with sklearn.
                Our R&D group reports R-squared values; our product reaches every partner; we write JavaScript
                and run MySQL. Nothing else.""");
        assertEquals(List.of("tool:mysql", "tool:postgresql", "tool:scikit-learn"), tags(id),
                "Postgres and sklearn are aliases; R&D, R-squared and the r of words are not R; JavaScript is not"
                        + " Java; MySQL is not SQL");

        long r = jobs.create("Statistician (R, Python)", "data-scientist", j -> j.description = "Use R. Also C++.");
        assertEquals(List.of("skill:cpp", "skill:python", "skill:r-language", "tool:r"), tags(r),
                "R in capitals between punctuation is both the language skill and the R tool; C++ is literal");

        long lower = jobs.create("Analyst", "data-analyst", j -> j.description = "we like r and bq.");
        assertEquals(List.of(), tags(lower), "one- and two-letter terms must be written in capitals");
    }

    @Test
    void existingJobsWereTaggedByTheMigration() {
        // Every seed job's tags are what the database's matcher finds in its text, no more and no less.
        long differing = ((Number) sql("""
                select count(*) from job j where j.id <= :last and (
                  (select coalesce(array_agg('skill:' || s.slug order by s.slug), '{}') from job_skill js
                     join skill s on s.id = js.skill_id where js.job_id = j.id)
                  is distinct from
                  (select coalesce(array_agg('skill:' || s.slug order by s.slug), '{}')
                     from vocabulary_terms_in(j.title || chr(10) || j.description) v join skill s on s.id = v.term_id
                     where v.kind = 'SKILL'))""", Map.of("last", lastSeedJob))).longValue();
        assertEquals(0, differing);
        assertTrue(((Number) sql("select count(*) from job_tool", Map.of())).longValue() > 0, "seed jobs have tools");
    }

    @Test
    void boardFiltersBySkillAndToolWithCountsFromTheTags() {
        String marker = "zxq" + UUID.randomUUID().toString().substring(0, 6);
        jobs.create("Pipeline Engineer " + marker, "data-engineer", j -> j.description = "Kafka and Postgres.");
        jobs.create("Warehouse Engineer " + marker, "data-engineer", j -> j.description = "Postgres, Python.");
        jobs.create("Model Builder " + marker, "data-scientist", j -> j.description = "Python and sklearn.");

        String all = Html.get("/jobs?q=" + marker).asString();
        assertTrue(all.contains("<option value=\"postgresql\">PostgreSQL (2)</option>"), all);
        assertTrue(all.contains("<option value=\"apache-kafka\">Apache Kafka (1)</option>"));
        assertTrue(all.contains("<option value=\"python\">Python (2)</option>"));
        assertFalse(all.contains("<option value=\"sql\">"), "no job of this search asks for SQL");

        String postgres = Html.get("/jobs?q=" + marker + "&tool=postgresql").then().statusCode(200).extract().asString();
        assertTrue(postgres.contains(">2 jobs</h2>"), postgres);
        assertTrue(postgres.contains("Pipeline Engineer") && postgres.contains("Warehouse Engineer"));
        assertFalse(postgres.contains("Model Builder"));
        assertTrue(postgres.contains("<option value=\"postgresql\" selected>PostgreSQL (2)</option>"),
                "the chosen tool's own count leaves its own filter out");
        assertTrue(postgres.contains("<option value=\"python\">Python (1)</option>"), "skills within PostgreSQL jobs");
        assertTrue(postgres.contains("Tool: PostgreSQL"), "a chip removes the filter");
        assertTrue(postgres.contains("href=\"/jobs?q=" + marker + "\""), postgres);

        String both = Html.get("/jobs?q=" + marker + "&tool=postgresql&skill=python").asString();
        assertTrue(both.contains(">1 job</h2>") && both.contains("Warehouse Engineer"), both);

        String unknown = Html.get("/jobs?skill=astrology&tool=" + marker).asString();
        assertTrue(unknown.contains("skill “astrology” is not a skill we list"), unknown);
        assertTrue(unknown.contains("tool “" + marker + "” is not a tool we list"));

        // All open jobs: the facet equals the SQL count of open jobs tagged with the tool.
        long tagged = ((Number) sql("""
                select count(*) from job j join job_tool jt on jt.job_id = j.id join tool t on t.id = jt.tool_id
                where t.slug = 'postgresql' and j.status = 'PUBLISHED'
                  and j.expires_on >= cast(now() at time zone 'UTC' as date)""", Map.of())).longValue();
        assertTrue(Html.get("/jobs").asString().contains("<option value=\"postgresql\">PostgreSQL (" + tagged + ")</option>"));
        String page = Html.get("/tools/postgresql").asString();
        assertTrue(page.contains(tagged + " open jobs ask for PostgreSQL"), page);
        assertTrue(page.contains("href=\"/jobs?tool=postgresql\""), page);
        assertTrue(HtmlValidator.errors(page).isEmpty(), HtmlValidator.errors(page).toString());
        assertTrue(HtmlValidator.errors(postgres).isEmpty(), HtmlValidator.errors(postgres).toString());
    }

    @Test
    void postingWithoutTheTagBoxesKeepsWhatTheTextNames() {
        admin = AdminSession.signIn();
        String title = "Streaming Engineer " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> form = JobForms.valid(title);
        form.put("description", "Kafka streams into Postgres.");
        assertEquals(303, admin.post("/admin/jobs", form).statusCode());
        assertEquals(List.of("tool:apache-kafka", "tool:postgresql"), tags(idOf(title)));
    }

    @Test
    void theAdminSeesTheTagsFoundAndAddsOrRemovesThem() {
        admin = AdminSession.signIn();
        String title = "Platform Engineer " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> form = JobForms.valid(title);
        form.put("description", "We use Postgres and sklearn.");
        form.put("tagsShown", "true");
        form.put("action", "preview");
        String preview = admin.post("/admin/jobs", form).then().statusCode(200).extract().asString();
        assertTrue(checked(preview).containsAll(List.of("tool:postgresql", "tool:scikit-learn")), preview);
        assertTrue(preview.contains("PostgreSQL <span class=\"hint\">(in the text)</span>"));
        assertTrue(HtmlValidator.errors(preview).isEmpty(), HtmlValidator.errors(preview).toString());

        // The admin unticks scikit-learn (it was offered) and types Kafka.
        form.put("action", "save");
        form.put("tags", List.of("tool:postgresql"));
        form.put("tagsOffered", List.of("tool:postgresql", "tool:scikit-learn"));
        form.put("addTags", "kafka");
        assertEquals(303, admin.post("/admin/jobs", form).statusCode());
        long id = idOf(title);
        assertEquals(List.of("tool:apache-kafka", "tool:postgresql"), tags(id));

        String edit = admin.get("/admin/jobs/" + id + "/edit").asString();
        assertEquals(List.of("tool:apache-kafka", "tool:postgresql"), checked(edit).stream().sorted().toList());
        assertTrue(edit.contains("value=\"tool:scikit-learn\" id=\"tag-tool-scikit-learn\">"),
                "found in the text but removed: offered, not ticked");

        // Editing: remove Kafka, add Python by an alias-free name and R by its letter.
        Map<String, Object> change = JobForms.valid(title);
        change.put("description", "We use Postgres and sklearn.");
        change.put("version", String.valueOf(version(id)));
        change.put("tagsShown", "true");
        change.put("tags", List.of("tool:postgresql"));
        change.put("tagsOffered", List.of("tool:apache-kafka", "tool:postgresql", "tool:scikit-learn"));
        change.put("addTags", "Python, dbt");
        assertEquals(303, admin.post("/admin/jobs/" + id, change).statusCode());
        assertEquals(List.of("skill:python", "tool:dbt", "tool:postgresql"), tags(id));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> JobAudit.forJob(id).get(0).details).contains("tags"));

        // A name we do not list is refused next to the field, and nothing changes.
        change.put("version", String.valueOf(version(id)));
        change.put("addTags", "Python, Quantum Yodelling");
        Response refused = admin.post("/admin/jobs/" + id, change);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains(escape("We list no skill or tool called “Quantum Yodelling”")),
                refused.asString());
        assertEquals(List.of("skill:python", "tool:dbt", "tool:postgresql"), tags(id));

        change.put("addTags", "");
        change.put("tags", List.of("tool:not a slug"));
        assertEquals(400, admin.post("/admin/jobs/" + id, change).statusCode());
    }

    private static final Pattern CHECKED = Pattern.compile("name=\"tags\" value=\"([a-z:0-9-]+)\" id=\"[^\"]+\" checked>");

    static List<String> checked(String html) {
        return Html.all(CHECKED, html);
    }

    static long idOf(String title) {
        return QuarkusTransaction.requiringNew().call(() -> Job.<Job>find("title", title).firstResult().id);
    }

    static int version(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Job.<Job>findById(id).version);
    }

    @SuppressWarnings("unchecked")
    static List<String> tags(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().createNativeQuery("""
                select 'skill:' || s.slug from job_skill js join skill s on s.id = js.skill_id where js.job_id = :id
                union all
                select 'tool:' || t.slug from job_tool jt join tool t on t.id = jt.tool_id where jt.job_id = :id
                order by 1""").setParameter("id", id).getResultList());
    }

    static Object sql(String sql, Map<String, Object> params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = Panache.getEntityManager().createNativeQuery(sql);
            params.forEach(q::setParameter);
            return q.getSingleResult();
        });
    }
}
