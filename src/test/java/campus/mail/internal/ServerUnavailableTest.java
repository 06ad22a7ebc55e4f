package campus.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

/** Which failures end a sending round (the server's) and which concern one mail only. */
class ServerUnavailableTest {

    @Test
    void anUnreachableOrSilentServerOrARefusedLoginEndsTheRound() {
        assertThat(SmtpDispatcher.serverUnavailable(new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"))))).isTrue();
        assertThat(SmtpDispatcher.serverUnavailable(new MailSendException(Map.of(new Object(),
                new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out")))))).isTrue();
        assertThat(SmtpDispatcher.serverUnavailable(new MailAuthenticationException(new AuthenticationFailedException("535")))).isTrue();
    }

    @Test
    void aRefusedRecipientOrAnUnreadableAddressConcernsThatMailOnly() {
        assertThat(SmtpDispatcher.serverUnavailable(new MailSendException(Map.of(new Object(),
                new SendFailedException("550 5.1.1 no such user"))))).isFalse();
        assertThat(SmtpDispatcher.serverUnavailable(new MailParseException("Illegal address"))).isFalse();
    }
}
