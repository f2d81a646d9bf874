package careeratlas.catalog;

import careeratlas.platform.Urls;

import java.util.Arrays;
import java.util.List;

/** An editors' transition as pages show it, with its text: plain data, safe to cache. */
public record TransitionSummary(long id, String fromSlug, String fromName, String toSlug, String toName,
                                String summary, List<String> paragraphs, String publishedOn) {

    static TransitionSummary of(CareerTransition t) {
        return new TransitionSummary(t.id, t.fromRole.slug, t.fromRole.name, t.toRole.slug, t.toRole.name, t.summary,
                Arrays.stream(t.body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList(),
                t.publishedOn.toString());
    }

    public String title() {
        return "From " + fromName + " to " + toName;
    }

    public String url() {
        return Urls.transition(fromSlug, toSlug);
    }

    public boolean is(String from, String to) {
        return fromSlug.equals(from) && toSlug.equals(to);
    }
}
