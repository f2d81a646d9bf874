package careeratlas.jobs;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The European Central Bank's reference-rate files as published: {@code eurofxref.csv} (inside eurofxref.zip: a
 * header {@code Date, USD, JPY, ...,} and a line {@code 25 November 2024, 1.0495, 161.64, ...,}) and
 * {@code eurofxref-daily.xml} (a gesmes envelope with {@code <Cube time="..."><Cube currency="USD" rate="..."/>}).
 * A few lines or days more are accepted (an extract of the history files, with {@code N/A} for a missing rate), but
 * nothing else: any doubt refuses the whole file with a message, and nothing of it is kept.
 *
 * <p>XML is read with the JDK's own StAX parser with document type declarations and external entities switched
 * off; a file that declares a DTD is refused before parsing (no ECB file has one), so neither an external entity
 * (XXE) nor an entity expansion bomb is ever read.
 */
public final class EcbRatesFile {

    /** The daily files are about 1.5 KB; a history extract of a few weeks is still far below this. */
    public static final int MAX_BYTES = 64 * 1024;
    static final int MAX_DAYS = 100;
    static final int MAX_CURRENCIES = 80;
    /** The first day of the ECB's reference rates. */
    static final LocalDate FIRST_DAY = LocalDate.of(1999, 1, 4);
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern RATE = Pattern.compile("\\d{1,9}(\\.\\d{1,6})?");
    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    /** One day's rates: units of each currency for 1 euro, in the file's order. */
    public record Day(LocalDate date, Map<String, BigDecimal> perEuro) {
    }

    /** Why a file was refused, in words for the admin. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    private EcbRatesFile() {
    }

    /** The days of a file, newest last as in the file; {@code today} bounds the dates. */
    public static List<Day> parse(byte[] bytes, LocalDate today) throws Invalid {
        if (bytes == null || bytes.length == 0) {
            throw new Invalid("The file is empty. Choose the ECB's eurofxref.csv or eurofxref-daily.xml.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Invalid("The file is larger than " + MAX_BYTES / 1024 + " KB, far more than an ECB daily file "
                    + "(about 1.5 KB). Load eurofxref.csv or eurofxref-daily.xml, not the history file.");
        }
        String text = text(bytes);
        List<Day> days = text.stripLeading().startsWith("<") ? xml(text) : csv(text);
        if (days.isEmpty()) {
            throw new Invalid("The file has no day of rates.");
        }
        if (days.size() > MAX_DAYS) {
            throw new Invalid("The file has " + days.size() + " days of rates; at most " + MAX_DAYS + " are loaded at once.");
        }
        List<LocalDate> seen = new ArrayList<>();
        for (Day day : days) {
            check(day, today);
            if (seen.contains(day.date())) {
                throw new Invalid("The file has the rates of " + day.date() + " twice.");
            }
            seen.add(day.date());
        }
        return List.copyOf(days);
    }

    /** Strict UTF-8 without a byte order mark, and no control character but line breaks and tabs. */
    private static String text(byte[] bytes) throws Invalid {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Invalid("The file is not UTF-8 text, so it is not an ECB rates file.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
                throw new Invalid("The file holds control characters, so it is not an ECB rates file.");
            }
        }
        return text;
    }

    private static List<Day> csv(String text) throws Invalid {
        List<String> lines = Arrays.stream(text.split("\r\n|\r|\n")).filter(l -> !l.isBlank()).toList();
        if (lines.size() < 2) {
            throw new Invalid("A rates CSV has a header line (Date, USD, JPY, ...) and a line of rates; this file has "
                    + lines.size() + " line" + (lines.size() == 1 ? "" : "s") + ".");
        }
        if (lines.size() > MAX_DAYS + 1) {
            throw new Invalid("The file has " + (lines.size() - 1) + " lines of rates; at most " + MAX_DAYS
                    + " are loaded at once.");
        }
        List<String> header = fields(lines.get(0));
        if (header.isEmpty() || !header.get(0).equalsIgnoreCase("Date")) {
            throw new Invalid("The first line must start with “Date”, then the currency codes, as in the ECB's "
                    + "eurofxref.csv.");
        }
        List<String> codes = header.subList(1, header.size());
        for (String code : codes) {
            code(code);
        }
        List<Day> days = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            List<String> values = fields(lines.get(n));
            if (values.size() != header.size()) {
                throw new Invalid("Line " + (n + 1) + " has " + Math.max(0, values.size() - 1) + " rates for "
                        + codes.size() + " currencies in the header.");
            }
            LocalDate date = csvDate(values.get(0), n + 1);
            Map<String, BigDecimal> rates = new LinkedHashMap<>();
            for (int i = 0; i < codes.size(); i++) {
                String value = values.get(i + 1);
                if (value.equalsIgnoreCase("N/A")) {
                    continue; // the history files mark a currency the ECB did not quote that day
                }
                put(rates, codes.get(i), value, "line " + (n + 1));
            }
            days.add(new Day(date, rates));
        }
        return days;
    }

    /** The comma-separated fields of a line, trimmed, without the empty field after the ECB's trailing comma. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>(Arrays.stream(line.split(",", -1)).map(String::strip).toList());
        if (fields.size() > 1 && fields.get(fields.size() - 1).isEmpty()) {
            fields.remove(fields.size() - 1);
        }
        return fields;
    }

    private static LocalDate csvDate(String text, int line) throws Invalid {
        for (DateTimeFormatter format : List.of(CSV_DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new Invalid("Line " + line + " starts with “" + shorten(text) + "”, not a date such as “25 November 2024” "
                + "or 2024-11-25.");
    }

    private static List<Day> xml(String text) throws Invalid {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("<!doctype") || lower.contains("<!entity")) {
            throw new Invalid("The XML file declares a document type or entities (DTD). ECB rate files never do, and "
                    + "we do not read such files.");
        }
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory(); // the JDK's own parser
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not read: " + systemId);
        });
        List<Day> days = new ArrayList<>();
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(text));
            Day day = null;
            int dayDepth = -1;
            int depth = 0;
            boolean sawRoot = false;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION ->
                            throw new Invalid("The XML file declares a document type or entities (DTD). ECB rate "
                                    + "files never do, and we do not read such files.");
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (!sawRoot) {
                            sawRoot = true;
                            if (!reader.getLocalName().equals("Envelope")) {
                                throw new Invalid("The XML file is not an ECB rates file: its root element is <"
                                        + shorten(reader.getLocalName()) + ">, not the gesmes <Envelope>.");
                            }
                        }
                        if (!reader.getLocalName().equals("Cube")) {
                            continue;
                        }
                        String time = reader.getAttributeValue(null, "time");
                        String currency = reader.getAttributeValue(null, "currency");
                        String rate = reader.getAttributeValue(null, "rate");
                        if (time != null) {
                            if (day != null) {
                                throw new Invalid("The XML file has a day's <Cube time> inside another day's.");
                            }
                            day = new Day(xmlDate(time), new LinkedHashMap<>());
                            dayDepth = depth;
                        } else if (currency != null || rate != null) {
                            if (day == null) {
                                throw new Invalid("The XML file has a rate outside a day's <Cube time=\"...\">.");
                            }
                            if (currency == null || rate == null) {
                                throw new Invalid("Every rate needs a currency and a rate, as in "
                                        + "<Cube currency=\"USD\" rate=\"1.0495\"/>.");
                            }
                            code(currency);
                            put(day.perEuro(), currency, rate, "the rates of " + day.date());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (day != null && depth == dayDepth) {
                            days.add(day);
                            if (days.size() > MAX_DAYS) {
                                throw new Invalid("The file has more than " + MAX_DAYS + " days of rates; load the daily file.");
                            }
                            day = null;
                        }
                        depth--;
                    }
                    default -> {
                        // text, comments and processing instructions say nothing about rates
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new Invalid("The XML file cannot be read: " + shorten(String.valueOf(e.getMessage())));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing left to read
                }
            }
        }
        return days;
    }

    private static LocalDate xmlDate(String text) throws Invalid {
        try {
            return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new Invalid("The day “" + shorten(text) + "” is not a date such as 2024-11-25.");
        }
    }

    private static void code(String code) throws Invalid {
        if (!CODE.matcher(code).matches()) {
            throw new Invalid("“" + shorten(code) + "” is not a three-letter currency code such as USD.");
        }
        if (code.equals("EUR")) {
            throw new Invalid("The file gives a rate for EUR; ECB rates are per euro, so the euro is always 1.");
        }
    }

    private static void put(Map<String, BigDecimal> rates, String code, String value, String where) throws Invalid {
        if (!RATE.matcher(value).matches()) {
            throw new Invalid("The rate of " + code + " in " + where + " is “" + shorten(value)
                    + "”, not a number such as 1.0495 (at most 6 decimals).");
        }
        BigDecimal rate = new BigDecimal(value);
        if (rate.signum() <= 0) {
            throw new Invalid("The rate of " + code + " in " + where + " is not positive.");
        }
        if (rates.put(code, rate) != null) {
            throw new Invalid(code + " appears twice in " + where + ".");
        }
    }

    private static void check(Day day, LocalDate today) throws Invalid {
        if (day.date().isBefore(FIRST_DAY) || day.date().isAfter(today)) {
            throw new Invalid("The rates are dated " + day.date() + ": ECB reference rates start on " + FIRST_DAY
                    + ", and a date after today (" + today + ") cannot be a published rate.");
        }
        if (day.perEuro().isEmpty()) {
            throw new Invalid("The rates of " + day.date() + " name no currency.");
        }
        if (day.perEuro().size() > MAX_CURRENCIES) {
            throw new Invalid("The rates of " + day.date() + " name " + day.perEuro().size() + " currencies; the ECB "
                    + "publishes about 30.");
        }
    }

    private static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
