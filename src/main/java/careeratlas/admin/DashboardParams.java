package careeratlas.admin;

import jakarta.ws.rs.QueryParam;

/** The dashboard's list parameters as sent: search text, sort key and page. */
public class DashboardParams {

    @QueryParam("q")
    public String q;
    @QueryParam("sort")
    public String sort;
    @QueryParam("page")
    public String page;
}
