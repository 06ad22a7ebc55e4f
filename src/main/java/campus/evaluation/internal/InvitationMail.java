package campus.evaluation.internal;

import campus.accounts.PersonView;
import campus.mail.MailOutbox;
import campus.mail.OutgoingMail;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The invitation and reminder mails, in the learner's language, each with a fresh personal link. */
@Component
class InvitationMail {

    private static final int SUBJECT_LIMIT = 300;

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    InvitationMail(MailOutbox outbox, MessageSource messages, @Value("${campus.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /** Queues the mail in the caller's transaction. kind is "invitation" or "reminder". */
    void send(PersonView to, Survey survey, String kind, String activityTitle, String token, OffsetDateTime expiresAt,
              int months) {
        String language = to.preferredLanguage() == null ? "en" : to.preferredLanguage();
        Locale locale = Locale.forLanguageTag(language);
        String link = baseUrl + "/surveys/" + token + "?lang=" + language;
        String until = expiresAt.toLocalDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        String key = "survey.mail." + survey.code() + "." + kind;
        Object[] args = {to.givenName(), activityTitle, link, until, months};
        String subject = messages.getMessage(key + ".subject", args, locale);
        outbox.queue(new OutgoingMail(to.email(),
                subject.length() <= SUBJECT_LIMIT ? subject : subject.substring(0, SUBJECT_LIMIT - 1) + "…",
                messages.getMessage(key + ".body", args, locale)));
    }
}
