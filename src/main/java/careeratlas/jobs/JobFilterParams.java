package careeratlas.jobs;

import jakarta.ws.rs.QueryParam;

/** The job board's and the feed's query parameters as sent; {@link JobFilter#parse} makes a filter of them. */
public class JobFilterParams {

    @QueryParam("role")
    public String role;
    @QueryParam("level")
    public String level;
    @QueryParam("type")
    public String type;
    @QueryParam("remote")
    public String remote;
    @QueryParam("salary_min")
    public String salaryMin;
    @QueryParam("currency")
    public String currency;
    @QueryParam("q")
    public String q;
    @QueryParam("skill")
    public String skill;
    @QueryParam("tool")
    public String tool;
    @QueryParam("country")
    public String country;
    @QueryParam("hybrid")
    public String hybrid;
    @QueryParam("page")
    public String page;
    /** A keyset cursor ({@link JobCursor}): the page after a listing. */
    @QueryParam("after")
    public String after;
    /** A keyset cursor: the page before a listing. */
    @QueryParam("before")
    public String before;
    /** any (the default) or listed: whether jobs whose pay cannot be compared are kept. */
    @QueryParam("salary")
    public String salary;
}
