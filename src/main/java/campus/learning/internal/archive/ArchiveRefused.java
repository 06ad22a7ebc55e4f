package campus.learning.internal.archive;

import java.util.Arrays;

/**
 * A course zip that cannot be read, or a package that cannot be written, with a message key and
 * arguments so the caller can say why in the reader's language.
 */
public final class ArchiveRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ArchiveRefused(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    ArchiveRefused(Throwable cause, String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments), cause);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() { return messageKey; }

    public Object[] arguments() { return arguments.clone(); }
}
