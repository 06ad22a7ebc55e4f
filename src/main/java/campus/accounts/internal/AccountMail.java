package campus.accounts.internal;

import campus.mail.MailOutbox;
import campus.mail.OutgoingMail;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the accounts' mails (verify email, reset password) in the person's language. */
@Component
class AccountMail {

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    AccountMail(MailOutbox outbox, MessageSource messages, @Value("${campus.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    void verifyEmail(String email, String name, String language, String token) {
        send(email, language, "mail.verify", name, baseUrl + "/verify?token=" + token);
    }

    void resetPassword(String email, String name, String language, String token) {
        send(email, language, "mail.reset", name, baseUrl + "/password/reset?token=" + token);
    }

    private void send(String email, String language, String key, String name, String link) {
        Locale locale = Locale.forLanguageTag(language);
        outbox.queue(new OutgoingMail(email,
                messages.getMessage(key + ".subject", null, locale),
                messages.getMessage(key + ".body", new Object[] {name, link}, locale)));
    }
}
