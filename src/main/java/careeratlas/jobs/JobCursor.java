package careeratlas.jobs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the board's order, for keyset pages: the listing next to it (its segment, publication time and id) and
 * the number of the page it starts or ends. {@code after} reads the page that follows the listing, {@code before}
 * the page that ends just before it. In links it is an opaque token ({@code ?after=...}); any token that parses is a
 * valid place, so a changed or old one only shows another part of the same list.
 * <p>
 * Segments, in board order: 0 featured jobs; 1 (when searching) jobs whose title matches; 2 the others. Inside a
 * segment, newest first ({@code posted_at desc, id desc}).
 */
public record JobCursor(boolean before, int page, int segment, Instant postedAt, long id) {

    static final int SEGMENTS = 3;
    private static final Pattern TOKEN = Pattern.compile("([0-9]{1,5})\\.([0-2])\\.(-?[0-9]{1,17})\\.([0-9]{1,18})");

    /** The cursor that continues after this listing, on the given page. */
    static JobCursor after(JobListing listing, int page) {
        return new JobCursor(false, page, listing.segment(), listing.postedAt(), listing.card().id());
    }

    /** The cursor that reads the page ending before this listing, which is the given page. */
    static JobCursor before(JobListing listing, int page) {
        return new JobCursor(true, page, listing.segment(), listing.postedAt(), listing.card().id());
    }

    /** The token of a link. */
    public String token() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, postedAt);
        String plain = page + "." + segment + "." + micros + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor of a link's token, or empty for anything that is not one. */
    static Optional<JobCursor> parse(String token, boolean before) {
        if (token == null || token.length() > 80) {
            return Optional.empty();
        }
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(plain);
        if (!m.matches()) {
            return Optional.empty();
        }
        int page = Integer.parseInt(m.group(1));
        long micros = Long.parseLong(m.group(3));
        if (page < 1 || Math.abs(micros) > 253_402_300_799_000_000L) { // up to the year 9999
            return Optional.empty();
        }
        Instant posted = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
        return Optional.of(new JobCursor(before, page, Integer.parseInt(m.group(2)), posted, Long.parseLong(m.group(4))));
    }
}
