package careeratlas.alerts;

import java.util.List;

/** Every alert of one address, for the page behind its signed management link. */
public record ManagePage(String email, String token, List<AlertView> alerts) {
}
