package careeratlas.platform;

/** Reading time of rendered HTML, at about 230 words a minute. */
public final class ReadingTime {

    static final int WORDS_PER_MINUTE = 230;
    /** The longest character reference skipped as one ("&amp;", "&#8217;"). */
    private static final int LONGEST_ENTITY = 10;

    private ReadingTime() {
    }

    /**
     * Words in the text of the HTML: runs of letters and digits, joined by an apostrophe, a full stop or a hyphen
     * between two of them ("don't", "3.5", "long-term"); tags and character references separate words. One pass
     * over the characters, no regular expression: it runs on every uncached render of a long page.
     */
    public static int words(String html) {
        int words = 0;
        boolean inWord = false;
        int n = html.length();
        for (int i = 0; i < n; i++) {
            char ch = html.charAt(i);
            if (ch == '<') {
                int end = html.indexOf('>', i);
                i = end < 0 ? n : end;
                inWord = false;
            } else if (ch == '&' && reference(html, i) > 0) {
                i = reference(html, i);
                inWord = false;
            } else if (Character.isLetterOrDigit(ch)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (!(inWord && joins(ch) && i + 1 < n && Character.isLetterOrDigit(html.charAt(i + 1)))) {
                inWord = false;
            }
        }
        return words;
    }

    private static boolean joins(char ch) {
        return ch == '\'' || ch == '\u2019' || ch == '.' || ch == '-';
    }

    /** The index of the ';' closing a character reference that starts at {@code at}, or -1. */
    private static int reference(String html, int at) {
        int end = html.indexOf(';', at);
        if (end < 0 || end - at > LONGEST_ENTITY || end == at + 1) {
            return -1;
        }
        for (int i = at + 1; i < end; i++) {
            char c = html.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '#')) {
                return -1;
            }
        }
        return end;
    }

    /** Whole minutes, rounded up, never less than one. */
    public static int minutes(String html) {
        return Math.max(1, (words(html) + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
