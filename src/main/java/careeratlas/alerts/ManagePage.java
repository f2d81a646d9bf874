package careeratlas.alerts;

import java.util.List;

/** Every alert of one address, for the page behind its signed management link. */
public record ManagePage(String email, String token, List<AlertView> alerts) {

    /** The choices of the "how often" field of each alert. */
    public List<Frequency> frequencies() {
        return List.of(Frequency.values());
    }
}
