package campus.interchange;

import java.util.List;
import java.util.Objects;
import org.springframework.context.MessageSourceResolvable;

/**
 * One thing wrong with an interchange folder, where it is (file, physical line, column) and what is expected;
 * a whole-file problem has line 1 (the header) and an empty column, the overflow note an empty file.
 * {@code message} is the English text (the command line's); the message key and its arguments let a page
 * say the same in its reader's language through a {@code MessageSource}.
 */
public record InterchangeProblem(String file, int line, String column, String message, String messageKey,
                                 List<Object> arguments) implements MessageSourceResolvable {

    public InterchangeProblem {
        file = Objects.requireNonNullElse(file, "");
        column = Objects.requireNonNullElse(column, "");
        Objects.requireNonNull(message, "message");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** A problem told in English only: a page shows its English message. */
    public InterchangeProblem(String file, int line, String column, String message) {
        this(file, line, column, message, null, List.of());
    }

    /** {@code file:line: column: message}, leaving out the parts a problem does not have. */
    @Override
    public String toString() {
        return located(message);
    }

    /** The message, in whatever language, preceded by where the problem is. */
    public String located(String text) {
        if (file.isEmpty()) {
            return text;
        }
        return file + ":" + line + ": " + (column.isEmpty() ? "" : column + ": ") + text;
    }

    @Override
    public String[] getCodes() {
        return messageKey == null ? null : new String[] {messageKey};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return message;
    }

    // Two problems are the same when they say the same thing at the same place: the key and arguments are
    // only how to say it again in another language, so a problem written out in English equals the one read.
    @Override
    public boolean equals(Object other) {
        return other instanceof InterchangeProblem p && p.line == line && p.file.equals(file)
                && p.column.equals(column) && p.message.equals(message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, column, message);
    }
}
