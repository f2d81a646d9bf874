package careeratlas.platform;

import io.quarkus.qute.RawString;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with some of its words linked, as escaped HTML built once (and kept by whoever built it), so a template
 * shows it without work: {@code {text.html}}.
 */
public record LinkedText(String plain, RawString html) {

    /** A link over {@code [start, end)} of the text. */
    public record Link(int start, int end, String href) {
    }

    /** The text, escaped, with the given links (in order, not overlapping). */
    public static LinkedText of(String text, List<Link> links) {
        StringBuilder html = new StringBuilder(text.length() + links.size() * 40);
        int at = 0;
        for (Link link : links) {
            html.append(Texts.escapeHtml(text.substring(at, link.start())))
                    .append("<a class=\"term\" href=\"").append(Texts.escapeHtml(link.href())).append("\">")
                    .append(Texts.escapeHtml(text.substring(link.start(), link.end()))).append("</a>");
            at = link.end();
        }
        html.append(Texts.escapeHtml(text.substring(at)));
        return new LinkedText(text, new RawString(html.toString()));
    }

    /** The text without links. */
    public static LinkedText plain(String text) {
        return of(text, new ArrayList<>());
    }

    @Override
    public String toString() {
        return html.getValue();
    }
}
