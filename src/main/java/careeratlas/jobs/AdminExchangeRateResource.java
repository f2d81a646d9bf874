package careeratlas.jobs;

import careeratlas.platform.AdminRole;
import careeratlas.platform.Dates;
import careeratlas.platform.Flash;
import careeratlas.platform.PageMeta;
import careeratlas.platform.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The exchange rates the job board compares pay with: {@code /admin/exchange-rates} shows the current rates and the
 * dates loaded, and takes a newer ECB file, uploaded (multipart, field {@code file}) or as the body of a
 * {@code text/csv} or {@code application/xml} POST (automation; CSRF token in the X-CSRF-TOKEN header). A file that
 * is not a valid ECB rates file is answered 400 with the reason, and nothing of it is stored.
 */
@Path("/admin/exchange-rates")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AdminRole.NAME)
public class AdminExchangeRateResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exchangeRates(PageMeta meta, List<ExchangeRates.Rate> rates,
                                                     List<ExchangeRates.Loaded> dates, int maxKilobytes, String error);
    }

    @Inject
    ExchangeRates exchangeRates;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance page() {
        return page(null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            return refused("Choose a file to load: the ECB's eurofxref.csv or eurofxref-daily.xml.");
        }
        if (file.size() > EcbRatesFile.MAX_BYTES) {
            return refused("The file is larger than " + EcbRatesFile.MAX_BYTES / 1024 + " KB, far more than an ECB "
                    + "daily file (about 1.5 KB). Load eurofxref.csv or eurofxref-daily.xml, not the history file.");
        }
        return load(Files.readAllBytes(file.uploadedFile()));
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response post(InputStream body) throws IOException {
        byte[] bytes;
        try (InputStream in = body) {
            bytes = in.readNBytes(EcbRatesFile.MAX_BYTES + 1);
        }
        return load(bytes);
    }

    private Response load(byte[] bytes) {
        List<EcbRatesFile.Day> days;
        try {
            days = EcbRatesFile.parse(bytes, LocalDate.now(clock));
        } catch (EcbRatesFile.Invalid e) {
            return refused(e.getMessage());
        }
        ExchangeRates.Outcome outcome = exchangeRates.load(days);
        String on = outcome.dates().stream().map(Dates::display).collect(Collectors.joining(", "));
        return Flash.redirect(Urls.adminExchangeRates(), outcome.changed() == 0
                ? "The rates of " + on + " were already loaded: nothing changed"
                : "Loaded the rates of " + on + ": " + outcome.changed() + " new or changed, " + outcome.unchanged()
                        + " already there");
    }

    private Response refused(String error) {
        return Response.status(Response.Status.BAD_REQUEST).entity(page(error + " Nothing was loaded.")).build();
    }

    private TemplateInstance page(String error) {
        return Templates.exchangeRates(PageMeta.of("Exchange rates", "The exchange rates the job board compares pay with.",
                Urls.adminExchangeRates()).hiddenFromSearch(), exchangeRates.current(), exchangeRates.dates(30),
                EcbRatesFile.MAX_BYTES / 1024, error);
    }
}
