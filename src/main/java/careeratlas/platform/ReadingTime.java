package careeratlas.platform;

import java.util.regex.Pattern;

/** Reading time of rendered HTML, at about 230 words a minute. */
public final class ReadingTime {

    static final int WORDS_PER_MINUTE = 230;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&[#a-zA-Z0-9]+;");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.\\-][\\p{L}\\p{N}]+)*");

    private ReadingTime() {
    }

    public static int words(String html) {
        String text = ENTITY.matcher(TAG.matcher(html).replaceAll(" ")).replaceAll(" ");
        return (int) WORD.matcher(text).results().count();
    }

    /** Whole minutes, rounded up, never less than one. */
    public static int minutes(String html) {
        return Math.max(1, (words(html) + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
