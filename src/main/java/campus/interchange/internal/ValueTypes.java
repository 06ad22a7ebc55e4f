package campus.interchange.internal;

import static campus.interchange.internal.ProblemMessages.text;

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
import org.springframework.context.MessageSourceResolvable;

/** The value types of the format's columns, as docs/interchange.md defines them. */
final class ValueTypes {

    static final ValueType<String> TEXT = new ValueType<>(text("interchange.expected.text"), text -> text);
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
    static final ValueType<String> COUNTRY = new ValueType<>(text("interchange.expected.country"),
            text -> Countries.isValid(text) ? text.toUpperCase(Locale.ROOT) : null);
    static final ValueType<String> LANGUAGE = language();
    static final ValueType<LocalDate> DATE = new ValueType<>(text("interchange.expected.date"), ValueTypes::date);
    static final ValueType<Instant> DATE_TIME = new ValueType<>(text("interchange.expected.dateTime"),
            text -> OffsetDateTime.parse(text).toInstant());
    static final ValueType<Integer> OVERALL = integer("interchange.expected.integer", 1, 5);
    static final ValueType<Integer> BIRTH_YEAR = integer("interchange.expected.year", 1900, 2100);
    static final ValueType<Double> SCORE = score();

    // ASCII digits only: Integer.parseInt and Double.parseDouble also take other scripts' digits, signs,
    // exponents and "NaN", none of which a score or a year should be written with
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,9}(\\.[0-9]*)?|\\.[0-9]+");

    private ValueTypes() {
    }

    /**
     * YYYY-MM-DD as LocalDate.parse reads it (a real day of a real month), without its general parser: an import
     * reads millions of dates, and the formatter took more time than the rest of checking a row.
     */
    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
                && digits(text, 0, 4) && digits(text, 5, 7) && digits(text, 8, 10)) {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        }
        return LocalDate.parse(text);
    }

    /** Whether the text holds only ASCII digits from start to end, and at least one. */
    private static boolean digits(String text, int start, int end) {
        if (start >= end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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

    private static MessageSourceResolvable oneOf(List<String> codes) {
        return text("interchange.expected.oneOf", String.join(", ", codes));
    }

    private static ValueType<String> language() {
        Set<String> codes = Set.of(Locale.getISOLanguages());
        return new ValueType<>(text("interchange.expected.language"), text -> {
            String code = text.toLowerCase(Locale.ROOT);
            return codes.contains(code) ? code : null;
        });
    }

    private static ValueType<Integer> integer(String expectedKey, int min, int max) {
        return new ValueType<>(text(expectedKey, min, max), text -> {
            if (!digits(text, 0, text.length()) || text.length() > 9) {
                return null;
            }
            int value = Integer.parseInt(text);
            return value >= min && value <= max ? value : null;
        });
    }

    private static ValueType<Double> score() {
        return new ValueType<>(text("interchange.expected.score"), text -> {
            if (!DECIMAL.matcher(text).matches()) {
                return null;
            }
            double value = Double.parseDouble(text);
            return value >= 0 && value <= 100 ? value : null;
        });
    }
}
