package campus.mail;

/** A plain-text mail to one recipient, already written in the recipient's language. */
public record OutgoingMail(String recipient, String subject, String body) {
}
