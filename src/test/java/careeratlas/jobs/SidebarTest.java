package careeratlas.jobs;

import careeratlas.testing.Html;
import careeratlas.testing.TestJobs;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The featured-jobs sidebar: which jobs show, in which order, with which facts. */
@QuarkusTest
class SidebarTest {

    static final String SEED = "/compare/data-engineer-vs-machine-learning-research-engineer";
    private static final Pattern CARD = Pattern.compile("<li class=\"job-card\">(.*?)</li>", Pattern.DOTALL);

    private final TestJobs jobs = new TestJobs();

    @AfterEach
    void removeTestJobs() {
        jobs.deleteAll();
    }

    @Test
    void seedComparisonShowsTheFiveSeedFeaturedJobsWithTheirFacts() {
        List<String> cards = cards(Html.get(SEED).asString());
        assertEquals(5, cards.size());
        // Data Engineer jobs first (the page's roles), then the most recently posted.
        assertCard(cards.get(0), "Data Engineer", "@ murmuration | Remote (anywhere in the U.S.)",
                List.of("Full Time", "Mid-level / Intermediate", "USD 100K - 130K"));
        assertCard(cards.get(1), "Cloud Consultant Intern, AWS Professional Services",
                "@ Amazon.com | Seattle, Washington, USA",
                List.of("Full Time", "Internship", "Entry-level / Junior", "USD 85K - 185K"));
        assertCard(cards.get(2), "Senior Data Scientist", "@ murmuration | Remote (anywhere in the U.S.)",
                List.of("Full Time", "Senior-level / Expert", "USD 120K - 150K"));
        assertCard(cards.get(3), "Asst/Assoc Professor of Applied Mathematics &amp; Artificial Intelligence",
                "@ Rochester Institute of Technology | Rochester, NY",
                List.of("Full Time", "Mid-level / Intermediate", "USD 75K - 150K"));
        assertCard(cards.get(4), "Software Development Engineer Intern, Student Veteran Opportunity",
                "@ Amazon.com | Seattle, Washington, USA",
                List.of("Full Time", "Internship", "Entry-level / Junior", "USD 95K - 192K"));
    }

    @Test
    void expiredDraftAndNoLongerFeaturedJobsNeverShow() {
        LocalDate today = LocalDate.now();
        job("Expired featured job", "data-engineer", Job.Status.PUBLISHED, today.minusDays(1), today.plusDays(30));
        job("Draft featured job", "data-engineer", Job.Status.DRAFT, today.plusDays(30), today.plusDays(30));
        job("Featured until yesterday", "data-engineer", Job.Status.PUBLISHED, today.plusDays(30), today.minusDays(1));
        job("Never featured job", "data-engineer", Job.Status.PUBLISHED, today.plusDays(30), null);
        for (String path : List.of("/", "/roles/data-engineer", SEED, "/roles")) {
            String html = Html.get(path).asString();
            for (String title : List.of("Expired featured job", "Draft featured job", "Featured until yesterday",
                    "Never featured job")) {
                assertFalse(html.contains(title), title + " on " + path);
            }
        }
    }

    @Test
    void jobsForThePagesRolesComeFirstAndTheListStopsAtFive() {
        LocalDate today = LocalDate.now();
        job("Staff Analytics Lead", "data-analyst", Job.Status.PUBLISHED, today.plusDays(30), today);
        job("Dashboard Specialist", "bi-developer", Job.Status.PUBLISHED, today.plusDays(30), today.plusDays(3));

        List<String> analyst = cards(Html.get("/roles/data-analyst").asString());
        assertEquals(5, analyst.size());
        assertTrue(analyst.get(0).contains("Staff Analytics Lead"), "the role's own job first, featured through today");

        List<String> seed = cards(Html.get(SEED).asString());
        assertEquals(5, seed.size());
        assertTrue(seed.get(0).contains(">Data Engineer<"));
        assertTrue(seed.get(1).contains("Cloud Consultant Intern"));
        // Then the newest other featured jobs: the two posted just now push out the oldest seed job.
        assertTrue(seed.get(2).contains("Dashboard Specialist") || seed.get(2).contains("Staff Analytics Lead"));
        assertFalse(String.join("", seed).contains("Software Development Engineer Intern"));
    }

    @Test
    void jobWithoutSalaryShowsNoSalary() {
        long id = job("Volunteer Data Mentor", "data-analyst", Job.Status.PUBLISHED, LocalDate.now().plusDays(9),
                LocalDate.now().plusDays(9));
        String card = cards(Html.get("/roles/data-analyst").asString()).get(0);
        assertTrue(card.contains("href=\"/jobs/" + id + "-volunteer-data-mentor-murmuration\""), card);
        assertFalse(card.contains("tag-salary"), card);
    }

    long job(String title, String roleSlug, Job.Status status, LocalDate expires, LocalDate featuredUntil) {
        return jobs.create(title, roleSlug, j -> {
            j.status = status;
            j.expiresOn = expires;
            j.featuredUntil = featuredUntil;
            j.applyUrl = null;
        });
    }

    static List<String> cards(String html) {
        return Html.all(CARD, html);
    }

    static void assertCard(String card, String title, String where, List<String> tags) {
        assertTrue(card.contains(">" + title + "</a></h3>"), card);
        assertTrue(card.contains(where), card);
        for (String tag : tags) {
            assertTrue(card.contains(">" + tag + "</span>"), tag + " in " + card);
        }
    }
}
