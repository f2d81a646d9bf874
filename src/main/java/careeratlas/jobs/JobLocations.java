package careeratlas.jobs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the countries out of a job's free-text location ("Berlin, Germany", "Rochester, NY", "Remote (US or
 * Canada)", "Remote (EU time zones)") as ISO 3166-1 alpha-2 codes, for the JobPosting structured data. Country
 * names (English), common short forms (USA, U.S., UK) and the EU are recognised anywhere; US states and Canadian
 * provinces after the first part ("Austin, Texas" but not a city called "Georgia" on its own).
 */
final class JobLocations {

    /** The member states of the European Union. */
    static final List<String> EU = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private static final Map<String, List<String>> COUNTRIES = new HashMap<>();
    private static final Map<String, String> REGIONS = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            COUNTRIES.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), List.of(code));
        }
        for (String alias : List.of("us", "usa", "u.s.", "u.s", "u.s.a.", "united states of america", "america")) {
            COUNTRIES.put(alias, List.of("US"));
        }
        for (String alias : List.of("uk", "u.k.", "great britain", "britain", "england", "scotland", "wales",
                "northern ireland")) {
            COUNTRIES.put(alias, List.of("GB"));
        }
        COUNTRIES.put("eu", EU);
        COUNTRIES.put("european union", EU);
        String[] states = {"AL Alabama", "AK Alaska", "AZ Arizona", "AR Arkansas", "CA California", "CO Colorado",
                "CT Connecticut", "DE Delaware", "DC District of Columbia", "FL Florida", "GA Georgia", "HI Hawaii",
                "ID Idaho", "IL Illinois", "IN Indiana", "IA Iowa", "KS Kansas", "KY Kentucky", "LA Louisiana",
                "ME Maine", "MD Maryland", "MA Massachusetts", "MI Michigan", "MN Minnesota", "MS Mississippi",
                "MO Missouri", "MT Montana", "NE Nebraska", "NV Nevada", "NH New Hampshire", "NJ New Jersey",
                "NM New Mexico", "NY New York", "NC North Carolina", "ND North Dakota", "OH Ohio", "OK Oklahoma",
                "OR Oregon", "PA Pennsylvania", "RI Rhode Island", "SC South Carolina", "SD South Dakota",
                "TN Tennessee", "TX Texas", "UT Utah", "VT Vermont", "VA Virginia", "WA Washington",
                "WV West Virginia", "WI Wisconsin", "WY Wyoming"};
        for (String s : states) {
            REGIONS.put(key(s.substring(0, 2)), "US");
            REGIONS.put(key(s.substring(3)), "US");
        }
        for (String p : List.of("Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland and Labrador",
                "Nova Scotia", "Ontario", "Prince Edward Island", "Quebec", "Saskatchewan")) {
            REGIONS.put(key(p), "CA");
        }
    }

    private JobLocations() {
    }

    /** The countries named in a location, in the order they appear; empty when none is recognised. */
    static List<String> countries(String location) {
        Set<String> found = new LinkedHashSet<>();
        List<String> parts = parts(location);
        for (int i = 0; i < parts.size(); i++) {
            List<String> codes = COUNTRIES.get(parts.get(i));
            String region = i > 0 ? REGIONS.get(parts.get(i)) : null;
            if (region != null && codes != null && parts.stream().anyMatch(p -> List.of(region).equals(COUNTRIES.get(p)))) {
                found.add(region); // "Atlanta, Georgia, USA": the state, since the country is named too
            } else if (codes != null) {
                found.addAll(codes);
            } else if (i > 0 && REGIONS.containsKey(parts.get(i))) {
                found.add(REGIONS.get(parts.get(i)));
            }
        }
        return List.copyOf(found);
    }

    /** "Austin, Texas, USA": the locality (first part), for the postal address. */
    static String locality(String location) {
        String first = location.split(",", 2)[0].strip();
        return first.isEmpty() ? location.strip() : first;
    }

    /** "Austin, Texas, USA": the region (the middle part of three), or null. */
    static String region(String location) {
        String[] p = location.split(",");
        return p.length == 3 ? p[1].strip() : null;
    }

    private static List<String> parts(String location) {
        List<String> pieces = new ArrayList<>();
        for (String piece : location.toLowerCase(Locale.ROOT).replaceAll("[()/;|+]", ",").split(",")) {
            // "Trinidad and Tobago" is one country, "US or Canada" two.
            if (COUNTRIES.containsKey(key(piece)) || REGIONS.containsKey(key(piece))) {
                pieces.add(piece);
            } else {
                pieces.addAll(List.of(piece.split("\\b(or|and)\\b|&")));
            }
        }
        List<String> parts = new ArrayList<>();
        for (String raw : pieces) {
            String p = raw.strip()
                    .replaceFirst("^remote\\b", "").strip()
                    .replaceFirst("^(anywhere|only|based)( in)?\\b", "").strip()
                    .replaceFirst("^the\\b", "").strip()
                    .replaceFirst("\\b(time ?zones?|only|based|hours)$", "").strip();
            if (!p.isEmpty()) {
                parts.add(key(p));
            }
        }
        return parts;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replace("&", " and ").strip().replaceAll("\\s+", " ");
    }
}
