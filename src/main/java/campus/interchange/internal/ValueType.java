package campus.interchange.internal;

import java.util.function.Function;
import org.springframework.context.MessageSourceResolvable;

/**
 * What the values of a column must be: how to read one, and the words that tell a person what was expected
 * ("a date (YYYY-MM-DD)", interchange.expected.*) in their language, so that every message about a bad
 * value is built the same way.
 */
record ValueType<T>(MessageSourceResolvable expected, Function<String, T> reader) {

    /** The value read from trimmed, non-empty text, or null when the text is not of this type. */
    T read(String text) {
        try {
            return reader.apply(text);
        } catch (RuntimeException notOfThisType) {
            // the JDK parsers say "not of this type" by throwing (DateTimeParseException, IllegalArgumentException)
            return null;
        }
    }
}
