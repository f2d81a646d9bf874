package careeratlas.platform;

import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

/** ISO 4217 currency codes, as the JDK knows them: the one check used by forms, filters and imports. */
public final class Currencies {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    /** Every known code, sorted, for select lists. */
    public static final List<String> CODES = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
            .filter(c -> CODE.matcher(c).matches()).sorted().toList();

    private Currencies() {
    }

    /** True for a known three-letter code in upper case, such as "EUR". */
    public static boolean isKnown(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
