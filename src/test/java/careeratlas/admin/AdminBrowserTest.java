package careeratlas.admin;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import careeratlas.testing.TestJobs;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin flow in a real Chromium driven by Playwright: sign in, post a job with a mistake, fix it, see it on
 * the board and in a comparison's sidebar; and the job form with the keyboard only. Skipped, loudly, when no
 * Chromium is installed (set CHROMIUM_PATH or install Debian's chromium).
 */
@QuarkusTest
class AdminBrowserTest {

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    Page page;
    long lastSeedJob;

    @BeforeAll
    static void startBrowser() {
        Path chromium = chromium();
        if (chromium == null && System.getenv("CI") != null) {
            org.junit.jupiter.api.Assertions.fail("CI is set but no Chromium was found: .ci/run installs Debian's chromium");
        }
        if (chromium == null) {
            System.err.println("\n*** BROWSER TESTS SKIPPED: no Chromium found (set CHROMIUM_PATH or apt-get install chromium) ***\n");
            Assumptions.abort("no Chromium on this machine");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
        lastSeedJob = TestJobs.newestId();
    }

    @AfterEach
    void closePage() {
        page.context().close();
        TestJobs.deleteAfter(lastSeedJob);
    }

    @Test
    void signInPostAJobFixAMistakeAndSeeItOnTheSite() throws Exception {
        page.navigate(url("/admin/jobs/new"));
        assertTrue(page.url().endsWith("/admin/login"), page.url());
        page.fill("#username", "admin");
        page.fill("#password", "career-atlas-test");
        page.click("button[type=submit]");
        page.waitForURL("**/admin/jobs/new");

        String title = "Browser Posted Data Engineer";
        page.fill("#title", title);
        page.fill("#company", "Playwright Analytics");
        page.selectOption("#role", "data-engineer");
        page.check("input[name=employmentTypes][value=internship]");
        page.selectOption("#level", "entry");
        page.fill("#salaryMin", "50000");
        page.fill("#salaryMax", "60000");
        page.selectOption("#currency", "USD");
        page.fill("#description", "## What you will do\n- Learn **fast**");
        page.fill("#applyUrl", "https://jobs.example.com/browser");
        page.fill("#featuredUntil", LocalDate.now().plusDays(10).toString());
        page.click("button[value=save]");

        // The location was left empty: the form comes back with the error and everything typed.
        page.waitForSelector("#error-summary");
        assertTrue(page.textContent("#error-summary").contains("Enter where the job is"));
        assertEquals("true", page.getAttribute("#location", "aria-invalid"));
        assertEquals(title, page.inputValue("#title"));
        assertTrue(page.isChecked("input[name=employmentTypes][value=internship]"));
        screenshot("job-form-error");

        page.click("#error-summary a[href='#location']");
        page.fill("#location", "Remote (US time zones)");
        page.click("button[value=save]");
        page.waitForURL("**/jobs/*-browser-posted-data-engineer-playwright-analytics");
        assertTrue(page.textContent(".flash").contains("Job posted"));
        assertEquals(title, page.textContent("h1"));
        screenshot("job-posted");

        page.navigate(url("/jobs"));
        assertTrue(page.content().contains(title));
        page.navigate(url("/compare/data-engineer-vs-machine-learning-research-engineer"));
        assertTrue(page.textContent(".sidebar").contains(title), "featured, so in the comparison's sidebar");
    }

    @Test
    void theJobFormWorksWithTheKeyboardAlone() throws Exception {
        page.navigate(url("/admin/login"));
        page.focus("#username");
        Keyboard keys = page.keyboard();
        keys.type("admin");
        keys.press("Tab");
        keys.type("career-atlas-test");
        keys.press("Enter");
        page.waitForURL("**/admin");
        page.navigate(url("/admin/jobs/new"));

        // Tab through the form from the title field and note where the focus goes.
        page.focus("#title");
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String id = (String) page.evaluate("document.activeElement.id || document.activeElement.name || document.activeElement.tagName");
            if (id.equals("BODY")) {
                break;
            }
            order.add(id);
            String outline = (String) page.evaluate("getComputedStyle(document.activeElement).outlineStyle");
            assertFalse("none".equals(outline), "focus is visible on " + id);
            keys.press("Tab");
        }
        // The fields come in their groups: the job, place and pay, application, publication.
        List<String> expected = List.of("title", "company", "role", "level");
        assertEquals(expected, order.subList(0, 4), order.toString());
        assertTrue(order.indexOf("description") < order.indexOf("location")
                && order.indexOf("currency") < order.indexOf("applyUrl")
                && order.indexOf("applyEmail") < order.indexOf("status"), order.toString());
        assertTrue(order.containsAll(List.of("level", "salaryMin", "salaryMax", "currency", "description", "applyUrl",
                "applyEmail", "expiresOn", "featuredUntil", "action")), order.toString());

        // Fill and send it with keys only.
        page.focus("#title");
        keys.type("Keyboard Only Analyst");
        keys.press("Tab");
        keys.type("Keyboard Co");
        keys.press("Tab");
        page.selectOption("#role", "data-analyst");
        page.focus("#location");
        keys.type("Oslo, Norway");
        page.focus("#level");
        page.selectOption("#level", "mid");
        page.focus("#description");
        keys.type("Analyse things.");
        page.focus("#applyUrl");
        keys.type("https://jobs.example.com/keyboard");
        page.focus("button[value=save]");
        keys.press("Enter");
        page.waitForURL("**/jobs/*-keyboard-only-analyst-keyboard-co");
        assertEquals("Keyboard Only Analyst", page.textContent("h1"));
        screenshot("keyboard-posted");
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Paths.get("target", "screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }

    static Path chromium() {
        List<String> candidates = new ArrayList<>();
        String configured = System.getenv("CHROMIUM_PATH");
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
        return candidates.stream().map(Paths::get).filter(Files::isExecutable).findFirst().orElse(null);
    }
}
