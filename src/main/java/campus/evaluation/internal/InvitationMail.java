package campus.evaluation.internal;

import campus.accounts.PersonView;
import campus.mail.MailOutbox;
import campus.mail.MailTemplates;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The invitation and reminder mails, in the learner's language, each with a fresh personal link. */
@Component
class InvitationMail {

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final String baseUrl;

    InvitationMail(MailOutbox outbox, MailTemplates templates, @Value("${campus.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.templates = templates;
        this.baseUrl = baseUrl;
    }

    /** Queues the mail in the caller's transaction. kind is "invitation" or "reminder". */
    void send(PersonView to, Survey survey, String kind, String activityTitle, String token, OffsetDateTime expiresAt,
              int months) {
        String language = to.preferredLanguage() == null ? "en" : to.preferredLanguage();
        Locale locale = Locale.forLanguageTag(language);
        String link = baseUrl + "/surveys/" + token + "?lang=" + language;
        String until = expiresAt.toLocalDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        Object[] args = {to.givenName(), activityTitle, link, until, months};
        outbox.queue(templates.compose(to.email(), language, "survey.mail." + survey.code() + "." + kind, args, args));
    }
}
