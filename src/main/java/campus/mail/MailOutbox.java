package campus.mail;

/** Queues mail in the caller's transaction, so a mail exists exactly when the change that caused it. */
public interface MailOutbox {

    /** Writes the mail to the outbox; it is sent after commit, or stays readable when SMTP is off. */
    void queue(OutgoingMail mail);
}
