package campus.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on a port of its own that can go down and come back on the same
 * port, as an SMTP server in an outage does. Starts stopped.
 */
public final class TestSmtp {

    private final int port = freePort();
    private GreenMail server;

    public int port() {
        return port;
    }

    public synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
        }
    }

    /** Stops the server; what it received is forgotten, as a new server would know nothing of it. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every message received since the last start. */
    public synchronized List<MimeMessage> received() {
        return server == null ? List.of() : Arrays.asList(server.getReceivedMessages());
    }

    /** The messages received for one recipient since the last start. */
    public List<MimeMessage> receivedBy(String recipient) {
        return received().stream().filter(m -> recipient.equalsIgnoreCase(recipientOf(m))).toList();
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
