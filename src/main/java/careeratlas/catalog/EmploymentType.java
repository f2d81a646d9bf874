package careeratlas.catalog;

/** How a job is employed; the slug is the public (URL and form) name. */
public enum EmploymentType {
    FULL_TIME("full-time", "Full Time"),
    PART_TIME("part-time", "Part Time"),
    CONTRACT("contract", "Contract"),
    INTERNSHIP("internship", "Internship"),
    TEMPORARY("temporary", "Temporary");

    public final String slug;
    public final String label;

    EmploymentType(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }
}
