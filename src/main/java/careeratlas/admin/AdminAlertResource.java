package careeratlas.admin;

import careeratlas.alerts.AlertRun;
import careeratlas.alerts.AlertStats;
import careeratlas.alerts.Alerts;
import careeratlas.platform.AdminRole;
import careeratlas.platform.Flash;
import careeratlas.platform.PageMeta;
import careeratlas.platform.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The job alerts in figures, and "run now" ({@code /admin/alerts}). */
@Path("/admin/alerts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AdminRole.NAME)
public class AdminAlertResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance alerts(PageMeta meta, AlertStats stats);
    }

    @Inject
    Alerts alerts;

    @Inject
    AlertRun run;

    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance page() {
        return Templates.alerts(PageMeta.of("Job alerts", "E-mail job alerts: figures and the last run.",
                Urls.adminAlerts()).hiddenFromSearch(), alerts.stats());
    }

    /** Sends the due alerts now, as the schedule would; another replica's run in progress is not disturbed. */
    @POST
    @Path("/run")
    public Response runNow() {
        AlertRun.Result result = run.run(AdminRole.username(identity));
        String message = !result.ran() ? "Another run is sending the alerts right now; nothing was started"
                : "Alert run done: " + result.checked() + (result.checked() == 1 ? " alert" : " alerts") + " checked, "
                + result.queued() + (result.queued() == 1 ? " e-mail" : " e-mails") + " queued";
        return Flash.redirect(Urls.adminAlerts(), message);
    }
}
