package careeratlas.mail;

import java.util.List;

/**
 * The content of one e-mail, rendered by the checked templates {@code Letters/text.txt} and
 * {@code Letters/html.html}: paragraphs, then a list of linked items (jobs, actions), then footer links.
 * Every URL is absolute (built with {@code Urls.absolute}).
 */
public record Letter(String subject, List<String> paragraphs, List<Link> items, List<Link> footer) {

    /** A link with its label and an optional note under it. */
    public record Link(String label, String url, String note) {

        public static Link of(String label, String url) {
            return new Link(label, url, null);
        }
    }

    public static Letter of(String subject, List<String> paragraphs, List<Link> items) {
        return new Letter(subject, paragraphs, items, List.of());
    }

    public Letter withFooter(List<Link> links) {
        return new Letter(subject, paragraphs, items, links);
    }
}
