package campus.mail.internal;

import java.net.URI;

/**
 * The Message-ID of an outbox mail, the same at every attempt: if SMTP accepted a mail whose "sent"
 * mark was then lost, the resend is recognisably the same message. The creation time keeps ids
 * unique when a new database starts counting from 1 again.
 */
public record MessageIds(String host) {

    static MessageIds forBaseUrl(String baseUrl) {
        String host = null;
        try {
            host = URI.create(baseUrl.strip()).getHost();
        } catch (IllegalArgumentException malformed) {
            // fall through to a name that is never a real host
        }
        return new MessageIds(host == null || host.isBlank() ? "campus.invalid" : host);
    }

    public String of(QueuedMail mail) {
        return "<outbox-" + mail.id() + "." + mail.createdAt().toEpochSecond() + "@" + host + ">";
    }
}
