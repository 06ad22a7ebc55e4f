package campus.mail.internal;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox mail by SMTP, one transaction and row lock per mail, so that several instances
 * may run it at once. Without an SMTP host (the embedded default) there is no JavaMailSender and
 * mail stays in the outbox for administrators to read.
 *
 * <p>The row stays locked while SMTP accepts the mail, and the "sent" mark commits afterwards: if
 * that commit is lost the mail is sent again, with the same Message-ID, rather than never.
 */
@Component
class SmtpDispatcher {

    private static final Logger log = LoggerFactory.getLogger(SmtpDispatcher.class);
    private static final int BATCH = 50;

    private enum Outcome { SENT, FAILED, SERVER_UNAVAILABLE, SKIPPED }

    private final OutboxStore outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RetryPolicy retries;
    private final MessageIds messageIds;
    private final String from;

    SmtpDispatcher(OutboxStore outbox, ObjectProvider<JavaMailSender> sender, TransactionTemplate transactions,
                   Clock clock, RetryPolicy retries, MessageIds messageIds,
                   @Value("${campus.mail.from:Campus <no-reply@campus.example>}") String from) {
        this.outbox = outbox;
        this.sender = sender;
        this.transactions = transactions;
        this.clock = clock;
        this.retries = retries;
        this.messageIds = messageIds;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${campus.mail.poll-interval:PT2S}")
    void poll() {
        sendDue();
    }

    /** Tries the mail that is due (at most one batch); returns how many this call sent. */
    int sendDue() {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return 0;
        }
        int sent = 0;
        for (long id : outbox.dueIds(BATCH)) {
            Outcome outcome = transactions.execute(tx -> outbox.lockDue(id).map(mail -> attempt(smtp, mail))
                    .orElse(Outcome.SKIPPED));
            if (outcome == Outcome.SENT) {
                sent++;
            } else if (outcome == Outcome.SERVER_UNAVAILABLE) {
                // the rest would fail alike: during an outage one mail a round knocks, not the whole batch
                break;
            }
        }
        return sent;
    }

    private Outcome attempt(JavaMailSender smtp, QueuedMail mail) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            smtp.send(message(smtp, mail));
        } catch (MessagingException | RuntimeException e) {
            failed(mail, now, e);
            return serverUnavailable(e) ? Outcome.SERVER_UNAVAILABLE : Outcome.FAILED;
        }
        outbox.markSent(mail.id(), now);
        return Outcome.SENT;
    }

    private MimeMessage message(JavaMailSender smtp, QueuedMail mail) throws MessagingException {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        // the same mail at every attempt: written when queued, with an id derived from the outbox row
        helper.setSentDate(Date.from(mail.createdAt().toInstant()));
        message.setHeader("Message-ID", messageIds.of(mail));
        // RFC 3834: no vacation replies to a platform's notifications
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private void failed(QueuedMail mail, OffsetDateTime now, Exception e) {
        int attempts = mail.attempts() + 1;
        String error = e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
        if (retries.givesUpAfter(attempts)) {
            outbox.markFailed(mail.id(), attempts, error, now, null);
            log.error("Mail {} not sent after {} attempts, given up until an administrator sends it again: {}",
                    mail.id(), attempts, error);
        } else {
            OffsetDateTime next = now.plus(retries.delayAfter(attempts));
            outbox.markFailed(mail.id(), attempts, error, now, next);
            log.warn("Mail {} not sent (attempt {}), next attempt at {}: {}", mail.id(), attempts, next, error);
        }
    }

    /** Whether the server, not this mail, is the problem: unreachable, timing out, or refusing our login. */
    static boolean serverUnavailable(Throwable e) {
        if (e instanceof MailAuthenticationException) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException || cause instanceof AuthenticationFailedException) {
                return true;
            }
        }
        if (e instanceof MailSendException send) {
            for (Exception each : send.getMessageExceptions()) {
                if (each != e && serverUnavailable(each)) {
                    return true;
                }
            }
        }
        return false;
    }
}
