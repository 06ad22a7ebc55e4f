package campus.partners.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import campus.accounts.CampusUser;
import campus.shared.Role;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/** Reading an invitation file without Spring: lines as an editor counts them, encodings, and sign-in's safety net. */
class InvitationCsvTest {

    @Test
    void linesAreCountedAsAnEditorShowsThemAndBlankLinesAreSkipped() {
        String csv = "\uFEFFName,Email,Language\n"
                + "\"Ana\non two lines\",ana@example.org,FR\n"
                + "\n"
                + "Bob,bob@,en\n"
                + "Cy,cy@example.org\n";
        var read = InvitationCsv.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(read.invitees()).extracting(InvitationCsv.Invitee::line, InvitationCsv.Invitee::email, InvitationCsv.Invitee::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "ana@example.org", "fr"));
        assertThat(read.problems()).extracting(RowProblem::line, RowProblem::column, RowProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, "email", "partners.invite.email.invalid"),
                org.assertj.core.groups.Tuple.tuple(6, "", "partners.invite.columns"));
    }

    @Test
    void aFileInAnotherEncodingOrOverTheLimitIsRefusedAsAWhole() {
        byte[] latin1 = "name,email,language\nZoé,zoe@example.org,fr\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(InvitationCsv.read(latin1).problems()).extracting(RowProblem::messageKey).containsExactly("partners.invite.notUtf8");
        assertThat(InvitationCsv.read(new byte[InvitationCsv.MAX_BYTES + 1]).problems()).extracting(RowProblem::messageKey)
                .containsExactly("partners.invite.tooLarge");
        assertThat(InvitationCsv.read("name,email,language\n\"open,x@example.org,en\n".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(RowProblem::messageKey).containsExactly("partners.invite.malformed");
    }

    @Test
    void aFailureWhileAcceptingInvitationsDoesNotStopTheSignIn() {
        MemberInvitations invitations = mock(MemberInvitations.class);
        when(invitations.acceptAddressedTo(anyLong(), anyString())).thenThrow(new IllegalStateException("database down"));
        CampusUser user = new CampusUser(7, "ana@example.org", null, "Ana", "en", Set.of(Role.LEARNER), true, false);
        new InvitationsOnSignIn(invitations).signedIn(new AuthenticationSuccessEvent(new TestingAuthenticationToken(user, null)));
        verify(invitations).acceptAddressedTo(7, "ana@example.org");
    }
}
