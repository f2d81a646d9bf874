package careeratlas.mail;

import careeratlas.platform.AdminRole;
import careeratlas.platform.PageMeta;
import careeratlas.platform.Urls;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code /admin/outbox}: the messages the site queued, with their links, so a person trying the site in dev mode
 * (where the mailer is a mock) can follow a confirmation link. Built into dev and test builds only: production
 * has no such route.
 */
@Path("/admin/outbox")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AdminRole.NAME)
@IfBuildProfile(anyOf = {"dev", "test"})
public class OutboxResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outbox(PageMeta meta, List<OutboxEntry> messages);
    }

    @Inject
    OutboxQueries queries;

    @GET
    public TemplateInstance outbox() {
        return Templates.outbox(PageMeta.of("Outbox", "E-mails the site queued (development only).",
                Urls.adminOutbox()).hiddenFromSearch(), queries.latest(100));
    }
}
