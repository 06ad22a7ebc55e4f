/**
 * Transactional mail outbox: a mail is written in the transaction of the change that causes it, and
 * sent by SMTP afterwards, with retries, by whichever instance locks it first.
 *
 * <p>Other modules use two beans. {@link campus.mail.MailTemplates} writes the mail in the
 * recipient's language from the message bundles ({@code KEY.subject} and {@code KEY.body}, with
 * {@link java.text.MessageFormat} arguments); {@link campus.mail.MailOutbox} queues it and requires
 * the caller's transaction, so a mail exists exactly when its cause does:
 * <pre>{@code
 * outbox.queue(templates.compose(person.email(), person.preferredLanguage(), "board.mail.reply",
 *         new Object[] {cohortName, title}, new Object[] {givenName, author, title, link}));
 * }</pre>
 *
 * <p>Delivery: the dispatcher polls due mail ({@code campus.mail.poll-interval}), locks each row
 * ({@code FOR UPDATE SKIP LOCKED}) so that two instances never send one mail twice, and retries a
 * failure after {@code campus.mail.retry-base}, doubling up to {@code campus.mail.retry-max}; after
 * {@code campus.mail.max-attempts} failures the mail is marked failed and waits for an administrator
 * ({@code /admin/outbox}). Each mail carries a Message-ID made from its outbox id, so in the one case
 * that can send it twice (SMTP accepted it, then the database update was lost) receivers see the
 * same message. Without {@code spring.mail.host} nothing is sent and administrators read the mail on
 * the outbox page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package campus.mail;
