package careeratlas.admin;

import careeratlas.platform.AdminRole;
import careeratlas.platform.Urls;
import careeratlas.platform.PageMeta;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The admin area's entry: sign-in page, sign-out, and the dashboard at {@code /admin}. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class AdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(PageMeta meta, boolean failed, boolean signedOut);

        static native TemplateInstance dashboard(PageMeta meta, Dashboard board, String user);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    DashboardQueries dashboard;

    @Inject
    AdminAccounts accounts;

    /** The sign-in form; the form-authentication mechanism handles its POST to the same address. */
    @GET
    @Path("/login")
    public TemplateInstance login(@QueryParam("error") String error, @QueryParam("signed-out") String signedOut) {
        return Templates.login(PageMeta.of("Sign in", "Sign in to the Career Atlas admin area.", "/admin/login")
                .hiddenFromSearch(), error != null, signedOut != null);
    }

    @POST
    @Path("/logout")
    @RolesAllowed(AdminRole.NAME)
    public Response logout() {
        // Every copy of the session cookie, on every replica, stops working (the session version is raised).
        accounts.endSessions(AdminRole.username(identity));
        FormAuthenticationMechanism.logout(identity);
        return Response.seeOther(java.net.URI.create(Urls.adminLogin() + "?signed-out=true")).build();
    }

    @GET
    @RolesAllowed(AdminRole.NAME)
    public TemplateInstance dashboard(@BeanParam DashboardParams params) {
        return Templates.dashboard(PageMeta.of("Admin dashboard", "Jobs on Career Atlas.", Urls.admin()).hiddenFromSearch(),
                dashboard.load(params), AdminRole.username(identity));
    }
}
