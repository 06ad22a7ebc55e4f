package campus.mail.internal;

import campus.mail.MailTemplates;
import campus.shared.Page;
import campus.shared.PageRequest;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators see of the outbox and may do with it: read every mail, send failed ones again. */
@Service
public class OutboxAdministration {

    private final OutboxStore store;
    private final ObjectProvider<JavaMailSender> sender;
    private final RetryPolicy retries;
    private final MessageIds messageIds;
    private final MailTemplates templates;
    private final String baseUrl;

    OutboxAdministration(OutboxStore store, ObjectProvider<JavaMailSender> sender, RetryPolicy retries,
                         MessageIds messageIds, MailTemplates templates, @Value("${campus.base-url}") String baseUrl) {
        this.store = store;
        this.sender = sender;
        this.retries = retries;
        this.messageIds = messageIds;
        this.templates = templates;
        this.baseUrl = baseUrl;
    }

    /** Newest first; all mail when the status is null. */
    @Transactional(readOnly = true)
    public Page<QueuedMail> list(MailStatus status, PageRequest page) {
        return store.page(status, page);
    }

    @Transactional(readOnly = true)
    public Map<MailStatus, Long> counts() {
        return store.counts();
    }

    /** Makes an unsent mail due at once (a failed one gets a new round of attempts); false if it was sent. */
    @Transactional
    public boolean sendAgain(long id) {
        return store.retryNow(id);
    }

    /** Gives every failed mail a new round of attempts, once the cause is fixed; returns how many. */
    @Transactional
    public int sendFailedAgain() {
        return store.retryFailed();
    }

    /** Queues a test mail in the given language, to check the SMTP settings end to end. */
    @Transactional
    public void sendTestMail(String recipient, String language) {
        store.queue(templates.compose(recipient, language, "outbox.testmail", null, new Object[] {baseUrl}));
    }

    public boolean smtpConfigured() {
        return sender.getIfAvailable() != null;
    }

    public int maxAttempts() {
        return retries.maxAttempts();
    }

    public MessageIds messageIds() {
        return messageIds;
    }
}
