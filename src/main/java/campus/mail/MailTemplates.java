package campus.mail;

/** Writes a mail in its recipient's language from the message bundles, ready for {@link MailOutbox#queue}. */
public interface MailTemplates {

    /**
     * The subject is the message {@code key + ".subject"} with {@code subjectArgs}, the body
     * {@code key + ".body"} with {@code bodyArgs}, both in {@code language} (an IETF tag such as
     * "fr"; English when it is null, blank or has no bundle). The subject is made one line and, when
     * longer than {@link OutgoingMail#SUBJECT_LIMIT}, shortened with "…". A missing key is a
     * programming error and throws {@link org.springframework.context.NoSuchMessageException}.
     */
    OutgoingMail compose(String recipient, String language, String key, Object[] subjectArgs, Object[] bodyArgs);
}
