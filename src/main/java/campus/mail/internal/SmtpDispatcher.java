package campus.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox mail by SMTP. Without an SMTP host (the embedded default) there is no
 * JavaMailSender and mail stays in the outbox for administrators to read.
 */
@Component
class SmtpDispatcher {

    private static final Logger log = LoggerFactory.getLogger(SmtpDispatcher.class);
    private static final int MAX_BACKOFF_MINUTES = 60;

    private final OutboxStore outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;

    SmtpDispatcher(OutboxStore outbox, ObjectProvider<JavaMailSender> sender, TransactionTemplate transactions,
                   Clock clock, @Value("${campus.mail.from:Campus <no-reply@campus.example>}") String from) {
        this.outbox = outbox;
        this.sender = sender;
        this.transactions = transactions;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${campus.mail.poll-interval:PT2S}")
    void sendDue() {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return;
        }
        for (long id : outbox.dueIds(50)) {
            transactions.executeWithoutResult(tx -> outbox.lockUnsent(id).ifPresent(mail -> send(smtp, mail)));
        }
    }

    private void send(JavaMailSender smtp, QueuedMail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.recipient());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        try {
            smtp.send(message);
            outbox.markSent(mail.id());
        } catch (MailException e) {
            int attempts = mail.attempts() + 1;
            // exponential backoff, capped, so an SMTP outage is retried without hammering the server
            long minutes = Math.min(MAX_BACKOFF_MINUTES, 1L << Math.min(attempts - 1, 6));
            outbox.markFailed(mail.id(), attempts, e.getMessage() == null ? e.toString() : e.getMessage(),
                    OffsetDateTime.now(clock).plus(Duration.ofMinutes(minutes)));
            log.warn("Mail {} to {} not sent (attempt {}): {}", mail.id(), mail.recipient(), attempts, e.getMessage());
        }
    }
}
