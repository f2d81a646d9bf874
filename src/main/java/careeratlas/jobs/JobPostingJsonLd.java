package careeratlas.jobs;

import careeratlas.catalog.EmploymentType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Google for Jobs structured data: a schema.org {@code JobPosting} as JSON-LD, safe to place inside a
 * {@code <script>} element ({@code <}, {@code >} and {@code &} are written as JSON unicode escapes, so no text
 * can close the element).
 */
public final class JobPostingJsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JobPostingJsonLd() {
    }

    public static String of(Job job, String descriptionHtml, String url) {
        Map<String, Object> posting = new LinkedHashMap<>();
        posting.put("@context", "https://schema.org/");
        posting.put("@type", "JobPosting");
        posting.put("title", job.title);
        posting.put("description", descriptionHtml);
        posting.put("url", url);
        posting.put("identifier", Map.of("@type", "PropertyValue", "name", job.company.name, "value", job.id.toString()));
        posting.put("datePosted", job.postedAt.withOffsetSameInstant(ZoneOffset.UTC).toString());
        posting.put("validThrough", job.expiresOn + "T23:59:59Z");
        posting.put("employmentType", job.types().stream().map(JobPostingJsonLd::googleType).toList());
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("name", job.company.name);
        if (job.company.website != null) {
            org.put("sameAs", job.company.website);
        }
        posting.put("hiringOrganization", org);
        // The structured place (V85) when the job has it, else what the location line names.
        List<String> countries = job.remote && job.remoteCountries != null && job.remoteCountries.length > 0
                ? List.of(job.remoteCountries)
                : job.country != null ? List.of(job.country) : JobLocations.countries(job.location);
        if (job.remote) {
            posting.put("jobLocationType", "TELECOMMUTE");
            // Where applicants may live: schema.org Countries named by ISO code, never the location sentence. A
            // location that names no country says nothing Google could use, so the property is left out.
            List<Map<String, String>> where = countries.stream()
                    .map(JobPostingJsonLd::country).toList();
            if (where.size() == 1) {
                posting.put("applicantLocationRequirements", where.get(0));
            } else if (!where.isEmpty()) {
                posting.put("applicantLocationRequirements", where);
            }
        } else {
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("@type", "PostalAddress");
            address.put("addressLocality", job.city != null ? job.city : JobLocations.locality(job.location));
            String region = job.country != null ? job.region : JobLocations.region(job.location);
            if (region != null) {
                address.put("addressRegion", region);
            }
            if (!countries.isEmpty()) {
                address.put("addressCountry", countries.get(0));
            }
            posting.put("jobLocation", Map.of("@type", "Place", "address", address));
        }
        if (job.currency != null) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("@type", "QuantitativeValue");
            if (job.salaryMin != null) {
                value.put("minValue", job.salaryMin);
            }
            if (job.salaryMax != null) {
                value.put("maxValue", job.salaryMax);
            }
            value.put("unitText", (job.salaryPeriod == null ? careeratlas.platform.PayPeriod.YEAR : job.salaryPeriod).name());
            posting.put("baseSalary", Map.of("@type", "MonetaryAmount", "currency", job.currency, "value", value));
        }
        posting.put("directApply", false);
        try {
            return JSON.writeValueAsString(posting)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD for job " + job.id, e);
        }
    }

    private static Map<String, String> country(String isoCode) {
        Map<String, String> country = new LinkedHashMap<>();
        country.put("@type", "Country");
        country.put("name", isoCode);
        return country;
    }

    /** Google's employment type names. */
    static String googleType(EmploymentType type) {
        return switch (type) {
            case FULL_TIME -> "FULL_TIME";
            case PART_TIME -> "PART_TIME";
            case CONTRACT -> "CONTRACTOR";
            case INTERNSHIP -> "INTERN";
            case TEMPORARY -> "TEMPORARY";
        };
    }
}
