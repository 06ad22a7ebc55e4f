package campus.mail.internal;

import campus.mail.MailTemplates;
import campus.mail.OutgoingMail;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Mail texts from the platform's message bundles, in the recipient's language. */
@Component
class BundleMailTemplates implements MailTemplates {

    private final MessageSource messages;

    BundleMailTemplates(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public OutgoingMail compose(String recipient, String language, String key, Object[] subjectArgs, Object[] bodyArgs) {
        Locale locale = language == null || language.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(language.strip());
        // arguments such as a thread title may hold line breaks; a subject header is one line
        String subject = messages.getMessage(key + ".subject", subjectArgs, locale).strip().replaceAll("\\s*\\R\\s*", " ");
        String body = messages.getMessage(key + ".body", bodyArgs, locale);
        return new OutgoingMail(recipient, Lengths.fit(subject, OutgoingMail.SUBJECT_LIMIT), body);
    }
}
