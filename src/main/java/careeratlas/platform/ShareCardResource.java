package careeratlas.platform;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * Share pictures: {@code /share/{kind}/{slug}.{hash}.png}. The hash names the content, so the answer is cached for
 * a year; an outdated hash is sent on to the current picture.
 */
@Path("/share")
public class ShareCardResource {

    @Inject
    Instance<ShareCardSource> sources;

    @Inject
    ShareCards cards;

    @GET
    @Path("/{kind:[a-z]{1,20}}/{slug:[a-z0-9-]{1,200}}.{hash:[0-9a-f]{12}}.png")
    public Response png(@PathParam("kind") String kind, @PathParam("slug") String slug, @PathParam("hash") String hash) {
        ShareCardSource source = sources.stream().filter(s -> s.kind().equals(kind)).findFirst()
                .orElseThrow(NotFoundException::new);
        ShareCard card = source.card(slug).orElseThrow(NotFoundException::new);
        if (!card.hash().equals(hash)) {
            return Response.status(Response.Status.FOUND).location(URI.create(Urls.shareCard(kind, slug, card.hash())))
                    .header("Cache-Control", "no-cache").build();
        }
        return Response.ok(cards.png(card), "image/png").header("Cache-Control", StaticAssets.IMMUTABLE).build();
    }
}
