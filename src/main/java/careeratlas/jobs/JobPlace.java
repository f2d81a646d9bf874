package careeratlas.jobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A job's place in plain words, from its structured fields (V85). */
public final class JobPlace {

    /** The country groups a remote job may be open to (the same as the country_group table of V85). */
    static final Map<String, String> GROUPS = Map.of("EU", "the European Union", "EEA", "the European Economic Area",
            "AMERICAS", "the Americas", "NORTHAMERICA", "North America");

    /** The members of each group, as in country_group_member (V85). */
    public static final Map<String, List<String>> MEMBERS;

    static {
        List<String> eea = new ArrayList<>(JobLocations.EU);
        eea.addAll(List.of("IS", "LI", "NO"));
        MEMBERS = Map.of("EU", JobLocations.EU, "EEA", List.copyOf(eea), "NORTHAMERICA", List.of("US", "CA", "MX"),
                "AMERICAS", List.of("AG", "AI", "AR", "AW", "BB", "BL", "BM", "BO", "BQ", "BR", "BS", "BZ", "CA", "CL",
                        "CO", "CR", "CU", "CW", "DM", "DO", "EC", "FK", "GD", "GF", "GL", "GP", "GT", "GY", "HN", "HT",
                        "JM", "KN", "KY", "LC", "MF", "MQ", "MS", "MX", "NI", "PA", "PE", "PM", "PR", "PY", "SR", "SV",
                        "SX", "TC", "TT", "US", "UY", "VC", "VE", "VG", "VI"));
    }

    /** The countries a remote job is open to: the ones chosen and the members of the groups chosen, sorted. */
    public static String[] expand(List<String> groups, List<String> countries) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(countries);
        groups.forEach(g -> all.addAll(MEMBERS.getOrDefault(g, List.of())));
        return all.toArray(String[]::new);
    }

    private JobPlace() {
    }

    static String countryName(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    /**
     * "On site in Berlin, Germany.", "Hybrid: partly on site in Lyon, France, partly from home.", "Remote, for
     * people who live in the European Union or Switzerland, working hours between UTC+0 and UTC+3."
     */
    static String sentence(Job job) {
        String where = where(job);
        return switch (job.remotePolicy == null ? Job.RemotePolicy.ONSITE : job.remotePolicy) {
            case ONSITE -> where == null ? "On site." : "On site in " + where + ".";
            case HYBRID -> "Hybrid: partly on site" + (where == null ? "" : " in " + where) + ", partly from home.";
            case REMOTE -> remote(job);
        };
    }

    private static String remote(Job job) {
        List<String> open = new ArrayList<>();
        Arrays.stream(job.remoteGroups == null ? new String[0] : job.remoteGroups)
                .map(g -> GROUPS.getOrDefault(g, g)).forEach(open::add);
        List<String> inGroups = new ArrayList<>();
        // Countries the groups already cover are not named again.
        String[] countries = job.remoteCountries == null ? new String[0] : job.remoteCountries;
        List<String> groups = job.remoteGroups == null ? List.of() : List.of(job.remoteGroups);
        for (String c : countries) {
            if (groups.stream().noneMatch(g -> MEMBERS.getOrDefault(g, List.of()).contains(c))) {
                inGroups.add(countryName(c));
            }
        }
        open.addAll(inGroups);
        StringBuilder s = new StringBuilder(open.isEmpty() ? "Remote; the posting does not say from which countries"
                : "Remote, for people who live in " + join(open));
        if (job.utcOffsetMin != null && job.utcOffsetMax != null) {
            s.append(", working hours between ").append(utc(job.utcOffsetMin)).append(" and ")
                    .append(utc(job.utcOffsetMax));
        }
        return s.append('.').toString();
    }

    static String utc(int offset) {
        return "UTC" + (offset >= 0 ? "+" : "−") + Math.abs(offset);
    }

    private static String where(Job job) {
        List<String> parts = new ArrayList<>();
        if (job.city != null) {
            parts.add(job.city);
        }
        if (job.region != null) {
            parts.add(job.region);
        }
        if (job.country != null) {
            parts.add(countryName(job.country));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }
}
