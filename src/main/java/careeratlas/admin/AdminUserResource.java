package careeratlas.admin;

import careeratlas.platform.AdminRole;
import careeratlas.platform.Urls;
import careeratlas.platform.Flash;
import careeratlas.platform.PageMeta;
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
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.Map;

/** An admin's own password ({@code /admin/account}) and the list of admins ({@code /admin/users}). */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AdminRole.NAME)
public class AdminUserResource {


    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(PageMeta meta, String user, Map<String, String> errors);

        static native TemplateInstance users(PageMeta meta, List<AdminUser> users, List<LoginAttempt> attempts,
                                             List<AdminAudit> changes, String me, String username,
                                             Map<String, String> errors);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    AdminAccounts accounts;

    @GET
    @Path("/account")
    public TemplateInstance account() {
        return accountPage(Map.of());
    }

    @POST
    @Path("/account")
    public Response changePassword(@RestForm String current, @RestForm String password, @RestForm String confirm) {
        Map<String, String> errors = accounts.changePassword(AdminRole.username(identity), current, password, confirm);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(accountPage(errors)).build();
        }
        // The change ended every session of this admin, this one too: sign in again with the new password.
        io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism.logout(identity);
        return Flash.redirect(Urls.adminLogin(), "Your password was changed, and every session of yours was ended. Sign in with the new password.");
    }

    @GET
    @Path("/users")
    public TemplateInstance users() {
        return usersPage("", Map.of());
    }

    @POST
    @Path("/users")
    public Response addUser(@RestForm String username, @RestForm String password, @RestForm String confirm,
                            @RestForm String current) {
        Map<String, String> errors = accounts.addUser(username, password, confirm, current, AdminRole.username(identity));
        if (!errors.isEmpty()) {
            return Response.status(400).entity(usersPage(username == null ? "" : username.strip(), errors)).build();
        }
        return Flash.redirect(Urls.adminUsers(), "Admin " + username.strip() + " added");
    }

    @POST
    @Path("/users/{id}/disable")
    public Response disable(@jakarta.ws.rs.PathParam("id") long id) {
        return enable(id, false);
    }

    @POST
    @Path("/users/{id}/enable")
    public Response enable(@jakarta.ws.rs.PathParam("id") long id) {
        return enable(id, true);
    }

    private Response enable(long id, boolean enabled) {
        java.util.Optional<String> refused = accounts.setEnabled(id, enabled, AdminRole.username(identity));
        if (refused.isPresent()) {
            return Response.status(409).entity(usersPage("", Map.of("account", refused.get()))).build();
        }
        return Flash.redirect(Urls.adminUsers(), enabled ? "The admin was enabled" : "The admin was disabled and signed out");
    }

    private TemplateInstance accountPage(Map<String, String> errors) {
        return Templates.account(PageMeta.of("Your account", "Change your admin password.", Urls.adminAccount())
                .hiddenFromSearch(), AdminRole.username(identity), errors);
    }

    private TemplateInstance usersPage(String username, Map<String, String> errors) {
        return Templates.users(PageMeta.of("Admins", "Admin users and recent sign-ins.", Urls.adminUsers()).hiddenFromSearch(),
                accounts.users(), accounts.recentSignIns(), accounts.recentChanges(), AdminRole.username(identity),
                username, errors);
    }
}
