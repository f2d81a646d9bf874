package careeratlas.platform;

import careeratlas.testing.Html;
import io.quarkus.cache.CacheManager;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How many SQL statements each kind of page costs when the rendered-page cache misses: at most 2 with the view-data
 * caches warm (roles, comparisons, vocabulary, salary figures, featured jobs), and at most 10 with every cache cold,
 * as after a start or a content change. Counted by Hibernate's statistics, which see every prepared statement,
 * native queries included.
 */
@QuarkusTest
class StatementCountTest {

    static final int WARM_LIMIT = 2;
    static final int COLD_LIMIT = 10;
    /** Stands for the page of the first job on the board, found when the test runs. */
    static final String JOB_PAGE = "the first job's page";
    static final Pattern JOB_LINK = Pattern.compile("href=\"(/jobs/[0-9]+-[a-z0-9-]+)\"");

    @Inject
    EntityManagerFactory emf;

    @Inject
    CacheManager caches;

    static List<String> pages() {
        return List.of(
                "/",
                "/compare",
                "/compare/data-engineer-vs-machine-learning-research-engineer",
                "/compare/data-analyst-vs-nlp-engineer",
                "/roles",
                "/roles/data-engineer",
                "/jobs",
                "/jobs?role=data-engineer&level=senior",
                "/jobs?salary_min=60000&currency=EUR&salary=listed",
                JOB_PAGE,
                "/salaries",
                "/salaries/data-engineer",
                "/skills",
                "/tools",
                "/paths",
                "/paths/data-analyst-to-data-engineer",
                "/salaries/methodology");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void warmViewDataCachesLeaveAtMostTwoStatements(String kind) {
        String page = resolve(kind);
        Html.get(page).then().statusCode(200); // fills every cache the page reads
        dropRenderedPages();
        long statements = statementsFor(page);
        assertTrue(statements <= WARM_LIMIT, page + " issued " + statements + " statements with warm view-data caches");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void coldCachesLeaveAtMostTenStatements(String kind) {
        String page = resolve(kind);
        caches.getCacheNames().forEach(name -> caches.getCache(name).orElseThrow().invalidateAll().await().indefinitely());
        long statements = statementsFor(page);
        assertTrue(statements <= COLD_LIMIT, page + " issued " + statements + " statements with every cache cold");
        assertTrue(statements > 0, page + " was rendered from the database, not served from a cache");
    }

    private static String resolve(String kind) {
        if (!kind.equals(JOB_PAGE)) {
            return kind;
        }
        Matcher link = JOB_LINK.matcher(Html.get("/jobs").then().statusCode(200).extract().asString());
        assertTrue(link.find(), "the board links a job");
        return link.group(1);
    }

    private void dropRenderedPages() {
        caches.getCache("pages").orElseThrow().invalidateAll().await().indefinitely();
    }

    private long statementsFor(String page) {
        var stats = emf.unwrap(SessionFactory.class).getStatistics();
        long before = stats.getPrepareStatementCount();
        Html.get(page).then().statusCode(200);
        return stats.getPrepareStatementCount() - before;
    }
}
