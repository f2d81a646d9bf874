package careeratlas.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.Set;

/**
 * The rules of {@link InputHygiene} for form fields: no control character, no bidirectional override, nothing a
 * decoder had to replace, at most {@value #MAX_VALUE} characters a field. Tab, CR and LF are allowed only in the
 * text areas named by {@code app.input.multiline-fields}. Anything else is refused with 400 before a resource (and
 * so PostgreSQL) sees it. File parts of multipart forms are left to their importer.
 */
public class FormHygieneFilter {

    public static final int MAX_VALUE = 50_000;

    @Inject
    ErrorPages errors;

    @ConfigProperty(name = "app.input.multiline-fields", defaultValue = "description")
    Set<String> multiline;

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHENTICATION - 100)
    @WithFormRead
    public Response verify(ResteasyReactiveContainerRequestContext request) {
        if (!(request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context)
                || context.getFormData() == null) {
            return null;
        }
        FormData form = context.getFormData();
        for (String name : form) {
            if (!InputHygiene.clean(name, false) || name.length() > 200) {
                return refuse();
            }
            for (FormValue value : form.get(name)) {
                if (value.isFileItem()) {
                    continue;
                }
                String text = value.getValue();
                if (text != null && (text.length() > MAX_VALUE || !InputHygiene.clean(text, multiline.contains(name)))) {
                    return refuse();
                }
            }
        }
        return null;
    }

    private Response refuse() {
        return errors.response(400, "This form cannot be saved",
                "A field holds characters we do not accept (control characters, or text that is not valid UTF-8), "
                        + "or is far too long. Nothing was changed. Go back, correct it and send it again.");
    }
}
