package campus.interchange.internal;

import campus.shared.Constituent;
import campus.shared.Countries;
import campus.shared.Gender;
import campus.shared.Modality;
import campus.shared.PositionLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The value types of the format's columns, as docs/interchange.md defines them. */
final class ValueTypes {

    static final ValueType<String> TEXT = new ValueType<>("a value", text -> text);
    static final ValueType<String> GENDER = choice(Gender.values(), Gender::code);
    static final ValueType<String> CONSTITUENT = choice(Constituent.values(), Constituent::code);
    static final ValueType<String> POSITION_LEVEL = choice(PositionLevel.values(), PositionLevel::code);
    static final ValueType<String> STATUS = choice(List.of("enrolled", "completed", "withdrawn"));
    static final ValueType<String> INCOME_GROUP = choice(List.of("low", "lower_middle", "upper_middle", "high"));
    // upper-cased with the root locale first: Modality.of upper-cases with the default one, which in a
    // Turkish locale turns the i of "online" into a dotted capital I
    static final ValueType<Modality> MODALITY = new ValueType<>(oneOf(codes(Modality.values(), Modality::code)),
            text -> Modality.of(text.toUpperCase(Locale.ROOT)));
    static final ValueType<Boolean> YES_NO = new ValueType<>(oneOf(List.of("yes", "no")),
            text -> switch (text.toLowerCase(Locale.ROOT)) {
                case "yes" -> true;
                case "no" -> false;
                default -> null;
            });
    static final ValueType<String> COUNTRY = new ValueType<>(
            "an ISO 3166-1 alpha-2 country code (two letters, e.g. FR)",
            text -> Countries.isValid(text) ? text.toUpperCase(Locale.ROOT) : null);
    static final ValueType<String> LANGUAGE = language();
    static final ValueType<LocalDate> DATE = new ValueType<>("a date (YYYY-MM-DD)", LocalDate::parse);
    static final ValueType<Instant> DATE_TIME = new ValueType<>(
            "a date-time with a UTC offset (e.g. 2024-03-01T10:15:00Z or 2024-03-01T12:15:00+02:00)",
            text -> OffsetDateTime.parse(text).toInstant());
    static final ValueType<Integer> OVERALL = integer("an integer from 1 to 5", 1, 5);
    static final ValueType<Integer> BIRTH_YEAR = integer("a year from 1900 to 2100", 1900, 2100);
    static final ValueType<Double> SCORE = score();

    // ASCII digits only: Integer.parseInt and Double.parseDouble also take other scripts' digits, signs,
    // exponents and "NaN", none of which a score or a year should be written with
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,9}(\\.[0-9]*)?|\\.[0-9]+");

    private ValueTypes() {
    }

    private static <E> ValueType<String> choice(E[] constants, Function<E, String> code) {
        return choice(codes(constants, code));
    }

    private static ValueType<String> choice(List<String> codes) {
        return new ValueType<>(oneOf(codes), text -> {
            String code = text.toLowerCase(Locale.ROOT);
            return codes.contains(code) ? code : null;
        });
    }

    private static <E> List<String> codes(E[] constants, Function<E, String> code) {
        return Arrays.stream(constants).map(code).toList();
    }

    private static String oneOf(List<String> codes) {
        return "one of " + String.join(", ", codes);
    }

    private static ValueType<String> language() {
        Set<String> codes = Set.of(Locale.getISOLanguages());
        return new ValueType<>("an ISO 639-1 language code (two letters, e.g. en)", text -> {
            String code = text.toLowerCase(Locale.ROOT);
            return codes.contains(code) ? code : null;
        });
    }

    private static ValueType<Integer> integer(String expected, int min, int max) {
        return new ValueType<>(expected, text -> {
            if (!DIGITS.matcher(text).matches()) {
                return null;
            }
            int value = Integer.parseInt(text);
            return value >= min && value <= max ? value : null;
        });
    }

    private static ValueType<Double> score() {
        return new ValueType<>("a number from 0 to 100 (with a point for decimals)", text -> {
            if (!DECIMAL.matcher(text).matches()) {
                return null;
            }
            double value = Double.parseDouble(text);
            return value >= 0 && value <= 100 ? value : null;
        });
    }
}
