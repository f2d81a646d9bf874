package careeratlas.platform;

/** Small text helpers shared by every feature's messages. */
public final class Texts {

    private Texts() {
    }

    /** Text safe inside HTML elements and attribute values, escaped as Qute escapes it. */
    public static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** The text cut to {@code max} characters with an ellipsis, for quoting user input in a message. */
    public static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end) + "…";
    }
}
