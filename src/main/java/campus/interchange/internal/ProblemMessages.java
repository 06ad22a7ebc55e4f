package campus.interchange.internal;

import campus.interchange.InterchangeProblem;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Problems as message keys with their arguments, which a page resolves in its reader's language, and
 * with their English text from the same bundle, which the command line prints and tests compare.
 */
final class ProblemMessages {

    // The reader runs without a Spring context (tests, InterchangeFolder.read), so it keeps its own source
    // of the application's bundle; English whatever the machine's locale, as the command line speaks English.
    private static final ResourceBundleMessageSource ENGLISH = english();

    private ProblemMessages() {
    }

    static InterchangeProblem problem(String file, int line, String column, String key, Object... arguments) {
        return new InterchangeProblem(file, line, column, ENGLISH.getMessage(key, arguments, Locale.ENGLISH), key,
                List.of(arguments));
    }

    /** A piece of text for a message's argument (what a value was expected to be), translated with it. */
    static MessageSourceResolvable text(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments);
    }

    private static ResourceBundleMessageSource english() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
