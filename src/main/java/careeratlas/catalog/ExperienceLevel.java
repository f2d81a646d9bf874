package careeratlas.catalog;

/** The seniority a job asks for; the slug is the public (URL and form) name. */
public enum ExperienceLevel {
    ENTRY("entry", "Entry-level / Junior"),
    MID("mid", "Mid-level / Intermediate"),
    SENIOR("senior", "Senior-level / Expert"),
    EXECUTIVE("executive", "Executive-level / Director");

    public final String slug;
    public final String label;

    ExperienceLevel(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }
}
