package careeratlas.admin;

import careeratlas.web.Flash;
import careeratlas.web.PageMeta;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An admin's own password ({@code /admin/account}) and the list of admins ({@code /admin/users}). */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AdminUser.ROLE)
public class AdminUserResource {

    static final int MIN_PASSWORD = FirstAdmin.MIN_PASSWORD_LENGTH;

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance account(PageMeta meta, String user, Map<String, String> errors);

        static native TemplateInstance users(PageMeta meta, List<AdminUser> users, List<LoginAttempt> attempts,
                                             String username, Map<String, String> errors);
    }

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/account")
    public TemplateInstance account() {
        return accountPage(Map.of());
    }

    @POST
    @Path("/account")
    @Transactional
    public Response changePassword(@RestForm String current, @RestForm String password, @RestForm String confirm) {
        AdminUser me = AdminUser.findByUsername(identity.getPrincipal().getName()).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        if (current == null || !me.passwordMatches(current)) {
            errors.put("current", "That is not your current password.");
        }
        passwordRules(password, confirm, errors);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(accountPage(errors)).build();
        }
        me.changePassword(password);
        return Flash.redirect("/admin", "Your password was changed");
    }

    @GET
    @Path("/users")
    public TemplateInstance users() {
        return usersPage("", Map.of());
    }

    @POST
    @Path("/users")
    @Transactional
    public Response addUser(@RestForm String username, @RestForm String password, @RestForm String confirm) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = username == null ? "" : username.strip();
        if (!name.matches("[A-Za-z0-9._@-]{3,60}")) {
            errors.put("username", "Use 3 to 60 letters, digits, dots, dashes, underscores or @.");
        } else if (AdminUser.findByUsername(name).isPresent()) {
            errors.put("username", "There is already an admin with that username.");
        }
        passwordRules(password, confirm, errors);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(usersPage(name, errors)).build();
        }
        AdminUser.create(name, password, identity.getPrincipal().getName());
        return Flash.redirect("/admin/users", "Admin " + name + " added");
    }

    static void passwordRules(String password, String confirm, Map<String, String> errors) {
        if (password == null || password.length() < MIN_PASSWORD) {
            errors.put("password", "Use at least " + MIN_PASSWORD + " characters.");
        } else if (password.length() > 200) {
            errors.put("password", "Use at most 200 characters.");
        } else if (!password.equals(confirm)) {
            errors.put("confirm", "The two passwords are not the same.");
        }
    }

    private TemplateInstance accountPage(Map<String, String> errors) {
        return Templates.account(PageMeta.of("Your account", "Change your admin password.", "/admin/account")
                .hiddenFromSearch(), identity.getPrincipal().getName(), errors);
    }

    private TemplateInstance usersPage(String username, Map<String, String> errors) {
        return Templates.users(PageMeta.of("Admins", "Admin users and recent sign-ins.", "/admin/users").hiddenFromSearch(),
                AdminUser.listByName(), LoginAttempt.newest(20), username, errors);
    }
}
