package careeratlas.salaries;

import careeratlas.platform.Currencies;
import careeratlas.platform.Texts;

import org.apache.commons.csv.CSVRecord;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** One validated line of a salary survey file (the aijobs.net salary index format). */
record SurveyRow(int workYear, String level, String employmentType, String jobTitle, long salary, String currency,
                 long salaryInUsd, String residence, int remoteRatio, String companyLocation, String companySize) {

    static final List<String> HEADER = List.of("work_year", "experience_level", "employment_type", "job_title",
            "salary", "salary_currency", "salary_in_usd", "employee_residence", "remote_ratio", "company_location",
            "company_size");
    private static final Set<String> LEVELS = Set.of("EN", "MI", "SE", "EX");
    private static final Set<String> TYPES = Set.of("FT", "PT", "CT", "FL");
    private static final Set<String> SIZES = Set.of("S", "M", "L");
    private static final Set<Integer> REMOTE = Set.of(0, 50, 100);
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /** Why a record is not a valid row. */
    static final class Invalid extends Exception {
        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }

    static SurveyRow parse(CSVRecord r) throws Invalid {
        if (r.size() != HEADER.size()) {
            throw new Invalid("expected " + HEADER.size() + " columns, found " + r.size());
        }
        int year = integer(r.get(0), "work_year");
        if (year < 2000 || year > 2100) {
            throw new Invalid("work_year " + year + " is out of range");
        }
        String level = r.get(1).strip();
        if (!LEVELS.contains(level)) {
            throw new Invalid("unknown experience_level \"" + shorten(level) + "\"");
        }
        String type = r.get(2).strip();
        if (!TYPES.contains(type)) {
            throw new Invalid("unknown employment_type \"" + shorten(type) + "\"");
        }
        String title = r.get(3).strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new Invalid("job_title is empty or longer than 200 characters");
        }
        long salary = positive(r.get(4), "salary");
        String currency = r.get(5).strip();
        if (!Currencies.isKnown(currency)) {
            throw new Invalid("unknown salary_currency \"" + shorten(currency) + "\"");
        }
        long usd = positive(r.get(6), "salary_in_usd");
        String residence = country(r.get(7), "employee_residence");
        int remote = integer(r.get(8), "remote_ratio");
        if (!REMOTE.contains(remote)) {
            throw new Invalid("remote_ratio must be 0, 50 or 100");
        }
        String location = country(r.get(9), "company_location");
        String size = r.get(10).strip();
        if (!SIZES.contains(size)) {
            throw new Invalid("unknown company_size \"" + shorten(size) + "\"");
        }
        return new SurveyRow(year, level, type, title, salary, currency, usd, residence, remote, location, size);
    }

    /** The row as a line of PostgreSQL COPY CSV input. */
    String copyLine() {
        return workYear + "," + level + "," + employmentType + "," + quote(jobTitle) + "," + salary + "," + currency
                + "," + salaryInUsd + "," + residence + "," + remoteRatio + "," + companyLocation + "," + companySize + "\n";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static int integer(String s, String column) throws Invalid {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new Invalid(column + " \"" + shorten(s) + "\" is not a whole number");
        }
    }

    private static long positive(String s, String column) throws Invalid {
        long n;
        try {
            n = Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new Invalid(column + " \"" + shorten(s) + "\" is not a whole number");
        }
        if (n <= 0 || n > 1_000_000_000_000L) {
            throw new Invalid(column + " must be positive");
        }
        return n;
    }

    private static String country(String s, String column) throws Invalid {
        String c = s.strip();
        if (!COUNTRY.matcher(c).matches()) {
            throw new Invalid(column + " \"" + shorten(c) + "\" is not a two-letter country code");
        }
        return c;
    }

    private static String shorten(String s) {
        return Texts.shorten(s, 30);
    }
}
