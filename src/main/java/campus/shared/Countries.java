package campus.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 countries with names in the reader's language, taken from the JDK. */
public final class Countries {

    private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private Countries() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code.trim().toUpperCase(Locale.ROOT));
    }

    public static String name(String code, Locale locale) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(locale);
    }

    /** A country as offered in a select list. */
    public record Country(String code, String name) {
    }

    /** Every country, sorted by its name in the given language. */
    public static List<Country> all(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return CODES.stream().map(c -> new Country(c, name(c, locale)))
                .sorted(Comparator.comparing(Country::name, collator)).toList();
    }
}
