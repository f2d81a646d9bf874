package careeratlas.platform;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown from job descriptions to safe HTML: commonmark-java renders it, the OWASP Java HTML Sanitizer keeps
 * only formatting, lists, headings and http/https/mailto links (no scripts, event handlers, styles or
 * {@code javascript:} URLs).
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(false).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "ul", "ol", "li", "pre", "code", "hr", "br")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .toFactory());

    private Markdown() {
    }

    /** Sanitized HTML for a Markdown text; headings are shifted down two levels to fit under the page's h2. */
    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return shiftHeadings(POLICY.sanitize(html));
    }

    private static String shiftHeadings(String html) {
        return html.replaceAll("<(/?)h[1-4]>", "<$1h3>").replaceAll("<(/?)h[56]>", "<$1h4>");
    }
}
