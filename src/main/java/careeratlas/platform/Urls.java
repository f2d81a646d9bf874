package careeratlas.platform;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The one place that builds the site's own addresses. Java calls {@code Urls.role(slug)}; templates call the same
 * methods as {@code {url:role(r.slug)}}. Query strings are built from ordered maps with every value encoded.
 */
@TemplateExtension(namespace = "url")
public final class Urls {

    public static final String COMPARISON_SEPARATOR = "-vs-";
    public static final String TRANSITION_SEPARATOR = "-to-";

    private Urls() {
    }

    /** A page's share picture (1200x630 PNG), named after a hash of what it shows. */
    public static String shareCard(String kind, String slug, String hash) {
        return "/share/" + kind + "/" + slug + "." + hash + ".png";
    }

    public static String home() {
        return "/";
    }

    public static String roles() {
        return "/roles";
    }

    public static String role(String slug) {
        return "/roles/" + slug;
    }

    public static String comparisons() {
        return "/compare";
    }

    /** The canonical comparison address: the two slugs in alphabetical order. */
    public static String comparison(String slugA, String slugB) {
        return slugA.compareTo(slugB) <= 0 ? "/compare/" + slugA + COMPARISON_SEPARATOR + slugB
                : "/compare/" + slugB + COMPARISON_SEPARATOR + slugA;
    }

    public static String skills() {
        return "/skills";
    }

    public static String skill(String slug) {
        return "/skills/" + slug;
    }

    public static String tools() {
        return "/tools";
    }

    public static String tool(String slug) {
        return "/tools/" + slug;
    }

    public static String transitions() {
        return "/paths";
    }

    /** The move from one role to another; the order matters. */
    public static String transition(String fromSlug, String toSlug) {
        return "/paths/" + fromSlug + TRANSITION_SEPARATOR + toSlug;
    }

    public static String fit() {
        return "/fit";
    }

    public static String jobs() {
        return "/jobs";
    }

    /** The job board with the given query string ("" or "?role=...&page=2"). */
    public static String jobs(String query) {
        return "/jobs" + query;
    }

    /** The job board filtered to one role. */
    public static String jobsForRole(String roleSlug) {
        return jobs(query(Map.of("role", roleSlug)));
    }

    /** The Atom feed of all open jobs. */
    public static String jobsFeed() {
        return jobFeed("");
    }

    public static String about() {
        return "/about";
    }

    public static String privacy() {
        return "/privacy";
    }

    public static String jobFeed(String query) {
        return "/jobs/feed.xml" + query;
    }

    /** A job by id alone; it answers 301 to the canonical address. */
    public static String jobById(long id) {
        return "/jobs/" + id;
    }

    /** A job's canonical address: its id and a slug of its title and company. */
    public static String job(long id, String title, String company) {
        return "/jobs/" + id + "-" + Slugs.of(title + " " + company);
    }

    public static String salaries() {
        return "/salaries";
    }

    public static String salaryMethodology() {
        return "/salaries/methodology";
    }

    public static String salary(String roleSlug) {
        return "/salaries/" + roleSlug;
    }

    /** A role's salary page narrowed by the given (already normalised) query string. */
    public static String salary(String roleSlug, String query) {
        return "/salaries/" + roleSlug + query;
    }

    /** A role's salary page narrowed to answers from one country. */
    public static String salaryInCountry(String roleSlug, String country) {
        return salary(roleSlug, query(Map.of("country", country)));
    }

    /** A survey job title's salary page ("Data Engineer" is /salaries/titles/data-engineer). */
    public static String salaryTitle(String title) {
        return "/salaries/titles/" + Slugs.of(title);
    }

    public static String salaryCsv(String roleSlug, String query) {
        return "/salaries/" + roleSlug + ".csv" + query;
    }

    public static String salaryJson(String roleSlug, String query) {
        return "/salaries/" + roleSlug + ".json" + query;
    }

    public static String sitemap() {
        return "/sitemap.xml";
    }

    public static String admin() {
        return "/admin";
    }

    public static String adminLogin() {
        return "/admin/login";
    }

    public static String adminLogout() {
        return "/admin/logout";
    }

    public static String adminJobNew() {
        return "/admin/jobs/new";
    }

    public static String adminJobs() {
        return "/admin/jobs";
    }

    public static String adminJob(long id) {
        return "/admin/jobs/" + id;
    }

    public static String adminJobEdit(long id) {
        return "/admin/jobs/" + id + "/edit";
    }

    public static String adminJobFeature(long id) {
        return adminJob(id) + "/feature";
    }

    public static String adminJobUnfeature(long id) {
        return adminJob(id) + "/unfeature";
    }

    public static String adminJobExpire(long id) {
        return adminJob(id) + "/expire";
    }

    public static String adminJobDelete(long id) {
        return adminJob(id) + "/delete";
    }

    public static String adminSalaryImport() {
        return "/admin/salaries/import";
    }

    public static String adminSalaryImport(long id) {
        return "/admin/salaries/import/" + id;
    }

    public static String adminAliases() {
        return "/admin/salaries/aliases";
    }

    public static String adminAliasDelete(long id) {
        return "/admin/salaries/aliases/" + id + "/delete";
    }

    public static String adminSynonyms() {
        return "/admin/search/synonyms";
    }

    public static String adminSynonymDelete() {
        return adminSynonyms() + "/delete";
    }

    public static String adminExchangeRates() {
        return "/admin/exchange-rates";
    }

    public static String adminAccount() {
        return "/admin/account";
    }

    public static String adminUsers() {
        return "/admin/users";
    }

    /** Employers post a job themselves. */
    public static String postJob() {
        return "/jobs/post";
    }

    public static String employerConfirm(String token) {
        return "/jobs/post/confirm" + query(Map.of("token", token));
    }

    public static String employerManage(String token) {
        return "/employers/manage" + query(Map.of("token", token));
    }

    /** A form action on the management page ({@code edit}, {@code close}, {@code renew}, {@code feature}). */
    public static String employerJob(long id, String action) {
        return "/employers/jobs/" + id + "/" + action;
    }

    public static String employerJobEdit(long id, String token) {
        return employerJob(id, "edit") + query(Map.of("token", token));
    }

    public static String employerLink() {
        return "/employers/link";
    }

    /** "E-mail me new jobs like these": the alert form for the board's filters, given as its query string. */
    public static String alertNew(String boardQuery) {
        return "/alerts/new" + boardQuery;
    }

    /** Where the alert form posts. */
    public static String alerts() {
        return "/alerts";
    }

    /** The confirmation link of a new alert (GET shows a button, POST confirms). */
    public static String alertConfirm(String token) {
        return alertConfirm() + query(Map.of("token", token));
    }

    public static String alertConfirm() {
        return "/alerts/confirm";
    }

    /** Every alert of one address, through its signed link. */
    public static String alertManage(String token) {
        return "/alerts/manage" + query(Map.of("token", token));
    }

    /** One alert's unsubscribe link: GET shows a button, POST (RFC 8058 one-click) unsubscribes. */
    public static String alertUnsubscribe(String token) {
        return "/alerts/unsubscribe" + query(Map.of("token", token));
    }

    /** Where the alerts page posts a new frequency for one alert. */
    public static String alertFrequency() {
        return "/alerts/frequency";
    }

    /** "Forget me": deletes every alert and all data of an address. */
    public static String alertForget() {
        return "/alerts/forget";
    }

    public static String adminAlerts() {
        return "/admin/alerts";
    }

    /** The admin's "run now" for the alert e-mails. */
    public static String adminAlertsRun() {
        return "/admin/alerts/run";
    }

    public static String adminModeration() {
        return "/admin/moderation";
    }

    public static String adminModeration(long id, String action) {
        return "/admin/moderation/" + id + "/" + action;
    }

    /** The dev-only list of queued e-mails. */
    public static String adminOutbox() {
        return "/admin/outbox";
    }

    public static String adminUserDisable(long id) {
        return "/admin/users/" + id + "/disable";
    }

    public static String adminUserEnable(long id) {
        return "/admin/users/" + id + "/enable";
    }

    /** An absolute address on this site, for feeds, sitemaps, canonical links and e-mails. */
    public static String absolute(String path) {
        return Globals.baseUrl() + path;
    }

    /** {@code ?a=1&b=two} from ordered parameters, or "" when there are none; values are URL-encoded. */
    public static String query(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> sb.append(sb.isEmpty() ? '?' : '&').append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }
}
