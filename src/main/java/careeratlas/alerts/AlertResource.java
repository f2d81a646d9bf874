package careeratlas.alerts;

import careeratlas.jobs.JobFilter;
import careeratlas.jobs.JobFilterParams;
import careeratlas.platform.CsrfExempt;
import careeratlas.platform.EmailAddresses;
import careeratlas.platform.ErrorPages;
import careeratlas.platform.Flash;
import careeratlas.platform.PageMeta;
import careeratlas.platform.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * E-mail job alerts: {@code /alerts/new} (the board's filters, an address, daily or weekly), the confirmation
 * link, the page of an address's alerts, the one-click unsubscribe (RFC 8058) and "forget me". Every page here
 * has a form token or a private link: {@code Cache-Control: no-store}, kept out of every cache and search engine.
 */
@Path("/alerts")
@Produces(MediaType.TEXT_HTML)
public class AlertResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(PageMeta meta, NewAlertForm form, List<String> ignored);

        static native TemplateInstance message(PageMeta meta, String heading, List<String> paragraphs,
                                               String linkUrl, String linkLabel);

        static native TemplateInstance confirm(PageMeta meta, AlertView alert, String token);

        static native TemplateInstance manage(PageMeta meta, ManagePage page);

        static native TemplateInstance unsubscribe(PageMeta meta, AlertView alert, String action);
    }

    @Inject
    Alerts alerts;

    @Inject
    ErrorPages errorPages;

    /** Never kept by the site's page cache, a CDN or the browser: the page has a form token or a private link. */
    static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").build();
    }

    private static PageMeta meta(String title, String description) {
        return PageMeta.of(title, description, Urls.alertNew("")).hiddenFromSearch();
    }

    @GET
    @Path("new")
    public Response newAlert(@BeanParam JobFilterParams params) {
        JobFilter filter = alerts.boardFilter(params);
        NewAlertForm form = new NewAlertForm(alerts.describe(filter), filter.query(1), filter.url(1), "",
                Frequency.DAILY.slug, Map.of());
        return noStore(Response.ok(formPage(form, filter.ignored())));
    }

    private TemplateInstance formPage(NewAlertForm form, List<String> ignored) {
        return Templates.form(meta("E-mail me new jobs like these",
                "Get the new jobs matching your filters by e-mail, daily or weekly."), form, ignored);
    }

    /** The form's own address: a GET (a link walker, a reload) goes to the form for every job. */
    @GET
    public Response index() {
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(java.net.URI.create(Urls.alertNew(""))).build();
    }

    @POST
    public Response subscribe(@RestForm String email, @RestForm String frequency, @RestForm String filters,
                              @RestForm String website, @Context HttpServerRequest request) {
        if (website != null && !website.isBlank()) {
            // A field people cannot see was filled in: a robot. It is told what a person is told; nothing is saved.
            return noStore(Response.ok(checkYourInbox()));
        }
        String address = email == null ? "" : email.strip();
        Optional<JobFilter> filter = alerts.savedFilter(filters == null ? "" : filters);
        Optional<Frequency> often = Frequency.bySlug(frequency);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!EmailAddresses.valid(address)) {
            errors.put("email", "Enter your e-mail address, like name@example.com: the confirmation link goes there.");
        }
        if (often.isEmpty()) {
            errors.put("frequency", "Choose how often: daily or weekly.");
        }
        if (filter.isEmpty()) {
            return noStore(Response.status(400).entity(Templates.message(meta("These filters cannot be saved",
                            "The job board's filters could not be read."), "These filters cannot be saved",
                    List.of("The filters sent with the form are not the job board's, so nothing was saved.",
                            "Choose your filters on the job board again and use “E-mail me new jobs like these”."),
                    Urls.jobs(), "Back to the job board")));
        }
        if (!errors.isEmpty()) {
            NewAlertForm form = new NewAlertForm(alerts.describe(filter.get()), filter.get().query(1),
                    filter.get().url(1), address, often.map(f -> f.slug).orElse(Frequency.DAILY.slug), errors);
            return noStore(Response.status(400).entity(formPage(form, List.of())));
        }
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        if (alerts.subscribe(address, often.get(), filter.get(), client) == Alerts.Subscribed.TOO_MANY) {
            return errorPages.response(429, "Too many alerts asked for",
                    "Too many job alerts were asked for from this network or for this e-mail address in the last hour."
                            + " Nothing was saved. Try again later.");
        }
        return noStore(Response.ok(checkYourInbox()));
    }

    private TemplateInstance checkYourInbox() {
        return Templates.message(meta("Check your inbox", "Confirm your job alert."), "Check your inbox",
                List.of("We sent a link to the address you gave. Your job alert starts once you follow it; until then we"
                                + " send nothing else.",
                        "No e-mail after a few minutes? Look in your spam folder. The link is valid for 2 days."),
                Urls.jobs(), "Back to the job board");
    }

    /** A link that cannot be used, in words: 400 damaged, 410 expired, 404 gone. */
    private Response refused(Alerts.Problem problem, String kind) {
        Response page = switch (problem) {
            case DAMAGED -> errorPages.response(400, "This link does not work",
                    "This " + kind + " link is incomplete or was changed. Open it again from the e-mail, whole.");
            case EXPIRED -> errorPages.response(410, "This link has expired",
                    "This " + kind + " link is too old. Ask for the alert again on the job board to get a new one.");
            case UNKNOWN -> errorPages.response(404, "This alert no longer exists",
                    "What this " + kind + " link was for no longer exists: the alert was stopped or the address forgotten."
                            + " You can ask for alerts again on the job board.");
        };
        return Response.fromResponse(page).header("Cache-Control", "no-store").build();
    }

    /** Shows what is being confirmed, with a button: mail scanners follow links, so GET changes nothing. */
    @GET
    @Path("confirm")
    public Response toConfirm(@QueryParam("token") String token) {
        Alerts.Outcome<AlertView> alert = alerts.toConfirm(token);
        if (!alert.ok()) {
            return refused(alert.problem(), "confirmation");
        }
        return noStore(Response.ok(Templates.confirm(meta("Confirm your job alert", "Confirm your job alert."),
                alert.value(), token)));
    }

    @POST
    @Path("confirm")
    public Response confirm(@RestForm String token) {
        Alerts.Outcome<Alerts.Confirmed> confirmed = alerts.confirm(token);
        if (!confirmed.ok()) {
            return refused(confirmed.problem(), "confirmation");
        }
        AlertView alert = confirmed.value().alert();
        return noStore(Response.ok(Templates.message(meta("Your job alert is on", "Your job alert is on."),
                confirmed.value().before() ? "This job alert was already on" : "Your job alert is on",
                List.of("New jobs matching “" + alert.summary() + "” come by e-mail once a "
                                + alert.frequency().period + ", when there are any.",
                        "Every alert e-mail has a link to stop it. Your alerts page lists them all; keep its link to yourself."),
                confirmed.value().manageUrl(), "Your job alerts")));
    }

    @GET
    @Path("manage")
    public Response manage(@QueryParam("token") String token) {
        Alerts.Outcome<ManagePage> page = alerts.manage(token);
        if (!page.ok()) {
            return refused(page.problem(), "alerts page");
        }
        return noStore(Response.ok(Templates.manage(meta("Your job alerts", "The job alerts of your e-mail address."),
                page.value())));
    }

    @GET
    @Path("unsubscribe")
    public Response toUnsubscribe(@QueryParam("token") String token) {
        Alerts.Outcome<AlertView> alert = alerts.toUnsubscribe(token);
        if (!alert.ok()) {
            return refused(alert.problem(), "unsubscribe");
        }
        return noStore(Response.ok(Templates.unsubscribe(meta("Stop this job alert", "Stop a job alert."),
                alert.value(), Urls.alertUnsubscribe(token))));
    }

    /**
     * The one-click unsubscribe (RFC 8058): mail providers POST {@code List-Unsubscribe=One-Click} to the address in
     * the {@code List-Unsubscribe} header, with no cookie and no form token. The signed token in the address is the
     * authority; it can do nothing but stop this one alert.
     */
    @POST
    @Path("unsubscribe")
    @CsrfExempt
    public Response unsubscribe(@QueryParam("token") String token) {
        Alerts.Outcome<Alerts.Unsubscribed> done = alerts.unsubscribe(token);
        if (!done.ok()) {
            return refused(done.problem(), "unsubscribe");
        }
        String summary = done.value().summary();
        return noStore(Response.ok(Templates.message(meta("Job alert stopped", "You will get no more e-mails for this alert."),
                "Job alert stopped",
                List.of(summary == null ? "This alert was already stopped: you get no more e-mails for it."
                        : "You will get no more e-mails for “" + summary + "”."),
                done.value().manageUrl() == null ? Urls.jobs() : done.value().manageUrl(),
                done.value().manageUrl() == null ? "Back to the job board" : "Your other job alerts")));
    }

    /** Daily or weekly for one alert, from the address's page; back to that page with a note of what changed. */
    @POST
    @Path("frequency")
    public Response changeFrequency(@RestForm String token, @RestForm String alert, @RestForm String frequency) {
        Optional<Frequency> chosen = Frequency.bySlug(frequency);
        Optional<Long> id = Optional.ofNullable(alert).filter(a -> a.matches("[0-9]{1,18}")).map(Long::valueOf);
        if (chosen.isEmpty() || id.isEmpty()) {
            return noStore(Response.fromResponse(errorPages.response(400, "Choose daily or weekly",
                    "Choose how often this alert should come: daily or weekly.")));
        }
        Alerts.Outcome<Frequency> changed = alerts.changeFrequency(token, id.get(), chosen.get());
        if (!changed.ok()) {
            return refused(changed.problem(), "alerts page");
        }
        return Flash.redirect(Urls.alertManage(token),
                "This alert now comes " + chosen.get().label.toLowerCase(java.util.Locale.ROOT) + ".");
    }

    @POST
    @Path("forget")
    public Response forget(@RestForm String token) {
        Alerts.Outcome<Alerts.Forgotten> forgotten = alerts.forget(token);
        if (!forgotten.ok()) {
            return refused(forgotten.problem(), "alerts page");
        }
        int n = forgotten.value().alerts();
        return noStore(Response.ok(Templates.message(meta("Your address is forgotten", "Your job alerts are deleted."),
                "Your address is forgotten",
                List.of("We deleted " + (n == 1 ? "your job alert" : "your " + n + " job alerts") + ", your e-mail address"
                                + " and every alert e-mail we kept for it. No alert e-mail will reach you, and the links in"
                                + " earlier ones no longer work.",
                        "You can ask for new alerts on the job board at any time."),
                Urls.jobs(), "Back to the job board")));
    }
}
