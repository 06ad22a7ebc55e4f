package campus.mail;

/** A plain-text mail to one recipient, already written in the recipient's language. */
public record OutgoingMail(String recipient, String subject, String body) {

    /** The longest subject the outbox keeps; {@link MailTemplates} shortens longer ones with "…". */
    public static final int SUBJECT_LIMIT = 300;

    /** The longest body the outbox keeps; a longer one is shortened with "…" when it is queued. */
    public static final int BODY_LIMIT = 20000;
}
