package campus.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campus.db.Tables.MAIL_OUTBOX;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import campus.CampusTest;
import campus.Fixtures;
import campus.accounts.CampusUser;
import campus.shared.Role;
import java.util.Set;
import org.campus.db.tables.records.MailOutboxRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded default: no SMTP server, so mail stays in the outbox, where administrators read it.
 * (The shared test database: assertions look only at this test's own mail.)
 */
@CampusTest
class OutboxWithoutSmtpTest {

    @Autowired MailOutbox outbox;
    @Autowired DSLContext db;
    @Value("${campus.base-url}") String baseUrl;
    @Autowired TransactionTemplate transactions;
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void mailStaysReadableOnTheOutboxPage() throws Exception {
        String to = Fixtures.unique("unsent") + "@example.org";
        transactions.executeWithoutResult(tx -> outbox.queue(new OutgoingMail(to, "Your link",
                "Open https://campus.example/verify?token=abc&x=<1> to confirm.")));
        CampusUser admin = administrator();
        String page = mvc.perform(get("/admin/outbox").with(user(admin))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"" + admin.getUsername() + "\"", "No SMTP server is configured", to, "Your link",
                "https://campus.example/verify?token=abc&amp;x=&lt;1&gt; to confirm.");
    }

    @Test
    void aMailIsOnlyQueuedWithTheChangeThatCausesIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> outbox.queue(new OutgoingMail("x@example.org", "s", "b")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anAdministratorQueuesATestMailInTheirLanguage() throws Exception {
        String to = Fixtures.unique("check") + "@example.org";
        mvc.perform(post("/admin/outbox/test-mail").param("recipient", " " + to + " ").header("Accept-Language", "fr")
                .with(user(administrator())).with(csrf())).andExpect(redirectedUrl("/admin/outbox"))
                .andExpect(flash().attribute("testMailQueued", to));
        MailOutboxRecord row = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(to)).fetchSingle();
        assertThat(row.getSubject()).isEqualTo("Courriel d’essai de Campus");
        assertThat(row.getBody()).startsWith("Bonjour,").contains("(" + baseUrl + ")");

        mvc.perform(post("/admin/outbox/test-mail").param("recipient", "not an address")
                .with(user(administrator())).with(csrf())).andExpect(flash().attribute("testMailInvalid", true));
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq("not an address"))).isZero();
    }

    private CampusUser administrator() {
        long id = fixtures.person(Role.ADMINISTRATOR);
        return new CampusUser(id, "a" + id + "@test.example", null, "Admin", "en", Set.of(Role.ADMINISTRATOR), true, false);
    }
}
