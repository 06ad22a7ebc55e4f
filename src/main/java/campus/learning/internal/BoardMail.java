package campus.learning.internal;

import campus.accounts.PersonView;
import campus.mail.MailOutbox;
import campus.mail.OutgoingMail;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Mails about a cohort's board, each in its recipient's language, queued in the transaction of the
 * post, so a mail exists exactly when the post does. The post's text travels in the mail: learners
 * with a poor connection can read it offline.
 */
@Component
class BoardMail {

    private static final int SUBJECT_LIMIT = 300;

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    BoardMail(MailOutbox outbox, MessageSource messages, @Value("${campus.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    void announcement(PersonView to, Cohort cohort, long threadId, String title, String body, String author) {
        send(to, "board.mail.announcement", new Object[] {cohort.name(), title},
                new Object[] {to.givenName(), author, cohort.name(), title, body, link(cohort, threadId)});
    }

    void reply(PersonView to, Cohort cohort, long threadId, String title, String body, String author) {
        send(to, "board.mail.reply", new Object[] {cohort.name(), title},
                new Object[] {to.givenName(), author, title, cohort.name(), body, link(cohort, threadId)});
    }

    private String link(Cohort cohort, long threadId) {
        return baseUrl + "/learning/cohorts/" + cohort.id() + "/threads/" + threadId;
    }

    private void send(PersonView to, String key, Object[] subject, Object[] body) {
        Locale locale = Locale.forLanguageTag(to.preferredLanguage() == null ? "en" : to.preferredLanguage());
        outbox.queue(new OutgoingMail(to.email(), fit(messages.getMessage(key + ".subject", subject, locale)),
                messages.getMessage(key + ".body", body, locale)));
    }

    /** A long cohort name and thread title could overflow the outbox's subject column. */
    private static String fit(String subject) {
        return subject.length() <= SUBJECT_LIMIT ? subject : subject.substring(0, SUBJECT_LIMIT - 1) + "…";
    }
}
