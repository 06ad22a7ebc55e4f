package campus.partners.internal;

import campus.accounts.CampusUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Accepts a person's pending invitations when they sign in. The invitation was mailed to that address, and
 * only an account whose address is verified can sign in, so signing in with it is the consent the link would
 * have given: the invitee need not find the mail again (or may register without following it).
 */
@Component
class InvitationsOnSignIn {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationsOnSignIn.class);

    private final MemberInvitations invitations;

    InvitationsOnSignIn(MemberInvitations invitations) {
        this.invitations = invitations;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof CampusUser user) || user.email() == null) {
            return;
        }
        try {
            invitations.acceptAddressedTo(user.id(), user.email());
        } catch (RuntimeException e) {
            // joining can wait for the next sign-in or the link; signing in must not fail because of it
            LOG.warn("pending space invitations of person {} were not accepted at sign-in", user.id(), e);
        }
    }
}
