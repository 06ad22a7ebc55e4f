package campus.partners.internal;

import campus.mail.MailOutbox;
import campus.mail.MailTemplates;
import campus.partners.PartnerView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The mail inviting someone into a space, in their language, with their personal link. */
@Component
class MemberInvitationMail {

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final String baseUrl;

    MemberInvitationMail(MailOutbox outbox, MailTemplates templates, @Value("${campus.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.templates = templates;
        this.baseUrl = baseUrl;
    }

    /** Queues the mail in the caller's transaction, so it exists exactly when the invitation does. */
    void send(PartnerView partner, String inviter, String name, String email, String language, String token) {
        // the language travels with the link: the invitee may not have an account yet, or one in another language
        String link = baseUrl + "/p/" + partner.slug() + "/invitations/" + token + "?lang=" + language;
        Object[] subject = {inviter, partner.name()};
        Object[] body = {name, inviter, partner.name(), email, link};
        outbox.queue(templates.compose(email, language, "partners.invite.mail", subject, body));
    }
}
