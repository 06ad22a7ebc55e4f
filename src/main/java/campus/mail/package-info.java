/** Transactional mail outbox: mails written with the change that causes them, sent by SMTP. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package campus.mail;
