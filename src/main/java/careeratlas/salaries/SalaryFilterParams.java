package careeratlas.salaries;

import jakarta.ws.rs.QueryParam;

/** The salary pages' query parameters as sent; {@link SalaryFilter#parse} makes a filter of them. */
public class SalaryFilterParams {

    @QueryParam("currency")
    public String currency;
    @QueryParam("level")
    public String level;
    @QueryParam("remote")
    public String remote;
    @QueryParam("year")
    public String year;
    @QueryParam("country")
    public String country;
}
