package campus.learning.internal;

import campus.accounts.PersonView;
import campus.mail.MailOutbox;
import campus.mail.MailTemplates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Mails about a cohort's board, each in its recipient's language, queued in the transaction of the
 * post, so a mail exists exactly when the post does. The post's text travels in the mail: learners
 * with a poor connection can read it offline.
 */
@Component
class BoardMail {

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final String baseUrl;

    BoardMail(MailOutbox outbox, MailTemplates templates, @Value("${campus.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.templates = templates;
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
        outbox.queue(templates.compose(to.email(), to.preferredLanguage(), key, subject, body));
    }
}
