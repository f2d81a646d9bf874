package careeratlas.platform;

import careeratlas.testing.Html;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an operator watches: health with the database check, and Prometheus metrics per route. */
@QuarkusTest
class OperationsTest {

    @Test
    void healthReportsThisReplicaAndTheDatabaseApart() {
        given().get("/q/health/live").then().statusCode(200).body(containsString("\"status\": \"UP\""));
        given().get("/q/health/ready").then().statusCode(200).body(containsString("This replica"))
                .body(containsString("\"hearsContentChanges\": true"))
                .body(org.hamcrest.Matchers.not(containsString("Database connections health check")));
        given().get("/q/health/group/database").then().statusCode(200).body(containsString("PostgreSQL"))
                .body(containsString("\"status\": \"UP\""));
        assertTrue(given().get("/q/metrics").asString().contains("career_atlas_database_up 1.0"), "database gauge");
    }

    @Test
    void metricsCountRequestsPerRouteTemplate() {
        Html.get("/compare/data-engineer-vs-machine-learning-research-engineer").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("http_server_requests_seconds_count{") && metrics.contains("uri=\"/compare/{pair}\""), "per-route latency");
        assertTrue(metrics.contains("agroal_active_count"), "connection pool usage");
        assertTrue(metrics.contains("cache_gets_total"), "cache hits and misses");
    }
}
