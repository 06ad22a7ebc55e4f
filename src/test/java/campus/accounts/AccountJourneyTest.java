package campus.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import campus.CampusTest;
import campus.Fixtures;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Registration, email verification, sign-in, password reset and throttling, with mail delivered
 * over real SMTP to GreenMail.
 */
@CampusTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "campus.mail.poll-interval=PT0.2S"})
class AccountJourneyTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired MockMvc mvc;
    @Autowired AccountsApi accounts;

    @Test
    void registerVerifyByMailedLinkThenSignIn() throws Exception {
        String email = Fixtures.unique("amina") + "@example.org";
        register(email, "fr").andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(email)));

        // before confirming, sign-in is refused with the reason
        mvc.perform(post("/login").param("username", email).param("password", "correct-horse-battery").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));

        MimeMessage mail = awaitMailTo(email);
        assertThat(mail.getSubject()).contains("Confirmez");
        String link = link(text(mail), "/verify");
        mvc.perform(get(link)).andExpect(content().string(org.hamcrest.Matchers.containsString("confirm")));
        // the link works once
        mvc.perform(get(link)).andExpect(content().string(org.hamcrest.Matchers.containsString("not valid")));

        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult signedIn = mvc.perform(post("/login").session(session).param("username", email.toUpperCase())
                .param("password", "correct-horse-battery").with(csrf())).andExpect(redirectedUrl("/my-learning")).andReturn();
        assertThat(signedIn.getRequest().getSession().getId()).as("session id changes at sign-in").isNotEqualTo(before);
    }

    @Test
    void passwordResetByMail() throws Exception {
        String email = Fixtures.unique("reset") + "@example.org";
        register(email, "en");
        mvc.perform(get(link(text(awaitMailTo(email)), "/verify")));

        mvc.perform(post("/password/forgot").param("email", email).with(csrf())).andExpect(status().isOk());
        mvc.perform(post("/password/forgot").param("email", "nobody-" + email).with(csrf()))
                .andExpect(status().isOk()); // same answer for unknown addresses
        MimeMessage resetMail = await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals(email) && subject(m).contains("password")).findFirst().orElse(null),
                m -> m != null);
        String link = link(text(resetMail), "/password/reset");
        String token = link.substring(link.indexOf("token=") + 6);

        mvc.perform(post("/password/reset").param("token", token).param("password", "short").with(csrf()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("at least 10")));
        mvc.perform(post("/password/reset").param("token", token).param("password", "a-new-long-password").with(csrf()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("password is changed")));
        mvc.perform(post("/login").param("username", email).param("password", "a-new-long-password").with(csrf()))
                .andExpect(redirectedUrl("/my-learning"));
        mvc.perform(post("/login").param("username", email).param("password", "correct-horse-battery").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhile() throws Exception {
        String email = Fixtures.unique("throttle") + "@example.org";
        register(email, "en");
        mvc.perform(get(link(text(awaitMailTo(email)), "/verify")));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", email).param("password", "wrong-password-" + i).with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // even the right password is refused while locked
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).param("username", email).param("password", "correct-horse-battery")
                .with(csrf())).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login?error").session(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Too many failed attempts")));
    }

    @Test
    void registeringTheSameEmailTwiceSaysSoOnTheField() throws Exception {
        String email = Fixtures.unique("twice") + "@example.org";
        register(email, "en");
        register(email, "en").andExpect(content().string(org.hamcrest.Matchers.containsString("already uses this email")));
    }

    private org.springframework.test.web.servlet.ResultActions register(String email, String language) throws Exception {
        return mvc.perform(post("/register").with(csrf()).header("Accept-Language", language)
                .param("email", email).param("password", "correct-horse-battery")
                .param("givenName", "Amina").param("familyName", "Diallo").param("gender", "female")
                .param("birthYear", "1992").param("country", "SN").param("constituent", "workers")
                .param("institution", "CNTS").param("positionLevel", "mid_career").param("preferredLanguage", language));
    }

    private static MimeMessage awaitMailTo(String email) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals(email)).findFirst().orElse(null), m -> m != null);
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of a plain-text mail (its wire form is quoted-printable). */
    static String text(MimeMessage m) {
        try {
            return (String) m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path and query of the first link in a mail body that goes to the given path. */
    static String link(String body, String path) {
        Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).as("a " + path + " link in: " + body).isTrue();
        return m.group(1);
    }
}
