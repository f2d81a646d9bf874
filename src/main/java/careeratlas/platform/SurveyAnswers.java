package careeratlas.platform;

/** Survey rules shared by the salary pages and the sitemap (which may not depend on the salaries feature). */
public final class SurveyAnswers {

    /** Fewer answers than this and a page says so instead of printing a median; such pages are not in the sitemap. */
    public static final int MIN_RELIABLE = 10;

    private SurveyAnswers() {
    }
}
