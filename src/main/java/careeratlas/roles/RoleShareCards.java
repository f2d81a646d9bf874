package careeratlas.roles;

import careeratlas.platform.ShareCard;
import careeratlas.platform.ShareCardSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** Share pictures of role pages: {@code /share/roles/{slug}.{hash}.png}. */
@ApplicationScoped
public class RoleShareCards implements ShareCardSource {

    @Inject
    RolePages pages;

    @Override
    public String kind() {
        return "roles";
    }

    @Override
    public Optional<ShareCard> card(String slug) {
        return Optional.of(pages.page(slug).shareCard());
    }
}
