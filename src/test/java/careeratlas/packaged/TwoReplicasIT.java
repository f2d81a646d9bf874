package careeratlas.packaged;

import careeratlas.testing.AdminSession;
import careeratlas.testing.Html;
import careeratlas.testing.JobForms;
import careeratlas.testing.PostgresResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two replicas of the packaged site on one PostgreSQL: the one Quarkus starts for this test (A) and a second
 * process of the same artifact (B), both in the production profile. Nothing but the database and the shared
 * session key connects them.
 */
@QuarkusIntegrationTest
class TwoReplicasIT {

    private static Process replicaB;
    private static String b;

    @BeforeAll
    static void startReplicaB() throws Exception {
        int port;
        int managementPort;
        try (ServerSocket socket = new ServerSocket(0); ServerSocket management = new ServerSocket(0)) {
            port = socket.getLocalPort();
            managementPort = management.getLocalPort();
        }
        b = "http://localhost:" + port;
        String bHealth = "http://localhost:" + managementPort + "/q/health/ready";
        List<String> command = new ArrayList<>();
        Path nativeRunner = Path.of(System.getProperty("native.image.path", "none"));
        if (Boolean.getBoolean("quarkus.native.enabled") && Files.isExecutable(nativeRunner)) {
            command.add(nativeRunner.toString());
        } else {
            command.add(ProcessHandle.current().info().command().orElse("java"));
        }
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort,
                "-Dquarkus.datasource.jdbc.url=" + System.getProperty(PostgresResource.URL),
                "-Dquarkus.datasource.username=postgres", "-Dquarkus.datasource.password=postgres",
                "-Dquarkus.http.auth.session.encryption-key=" + PostgresResource.SESSION_KEY));
        if (!command.get(0).equals(nativeRunner.toString())) {
            command.addAll(List.of("-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString()));
        }
        replicaB = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "replica-b.log").toFile()).start();
        for (int i = 0; i < 600 && status(bHealth) != 200; i++) {
            assertTrue(replicaB.isAlive(), "replica B stopped; see target/replica-b.log");
            Thread.sleep(100);
        }
        assertEquals(200, status(bHealth), "replica B is ready (management port)");
    }

    @AfterAll
    static void stopReplicaB() throws InterruptedException {
        if (replicaB != null) {
            replicaB.destroy();
            assertTrue(replicaB.waitFor(30, TimeUnit.SECONDS), "replica B shuts down within its grace period");
        }
    }

    @Test
    void aJobPostedThroughOneReplicaIsFeaturedByTheOtherWithinASecond() throws Exception {
        String before = Html.get(b + "/").asString(); // B now keeps its home page and sidebar
        assertTrue(before.contains("Featured jobs"));
        AdminSession admin = AdminSession.signIn(); // on A
        Map<String, Object> form = JobForms.valid("Replicated Platform Engineer");
        form.put("featuredUntil", LocalDate.now().plusDays(10).toString());
        Response saved = admin.post("/admin/jobs", form);
        assertEquals(303, saved.statusCode(), saved.asString());
        long posted = System.nanoTime();

        String home = before;
        while (!home.contains("Replicated Platform Engineer") && System.nanoTime() - posted < 15_000_000_000L) {
            Thread.sleep(25);
            home = Html.get(b + "/").asString();
        }
        long millis = (System.nanoTime() - posted) / 1_000_000;
        assertTrue(home.contains("Replicated Platform Engineer"), "B's sidebar shows the job after " + millis + " ms");

        String path = saved.getHeader("Location").replaceFirst("^https?://[^/]+", "");
        Html.get(b + path).then().statusCode(200);
        assertTrue(Html.get(b + "/jobs?q=replicated").asString().contains("Replicated Platform Engineer"));

        // No session state in memory: A's session cookie is good on B, and B can delete the job.
        Response onB = given().redirects().follow(false).cookies(admin.cookies()).get(b + "/admin");
        assertEquals(200, onB.statusCode());
        long id = Long.parseLong(path.replaceAll("^/jobs/(\\d+)-.*", "$1"));
        Response deleted = given().redirects().follow(false).cookies(admin.cookies())
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", admin.csrf())
                .post(b + "/admin/jobs/" + id + "/delete");
        assertEquals(303, deleted.statusCode());
        Html.get(path).then().statusCode(404); // and A no longer serves it
    }

    private static int status(String url) {
        try {
            return given().redirects().follow(false).get(url).statusCode();
        } catch (Exception e) { // not listening yet
            return -1;
        }
    }
}
