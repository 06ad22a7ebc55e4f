package campus.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.campus.db.Tables.MAIL_OUTBOX;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import campus.CampusTest;
import campus.Fixtures;
import campus.accounts.CampusUser;
import campus.shared.Role;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.campus.db.tables.records.MailOutboxRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outage: the SMTP server goes down, mail is queued, the scheduled sender tries, records each
 * failure and backs off; the server comes back on the same port and every mail arrives exactly once.
 * Real SMTP (GreenMail), the real scheduler, short backoff by configuration.
 */
@CampusTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "campus.mail.poll-interval=PT0.1S",
        "campus.mail.retry-base=PT0.2S", "campus.mail.retry-max=PT0.8S", "campus.mail.max-attempts=1000"})
class MailOutageTest {

    static final TestSmtp smtp = new TestSmtp();
    static final Duration BASE = Duration.ofMillis(200);
    static final Duration MAX = Duration.ofMillis(800);

    @DynamicPropertySource
    static void ownServerAndDatabase(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", smtp::port);
        properties.add("spring.datasource.url", () -> OwnDatabase.url("mail_outage"));
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @Autowired MailOutbox outbox;
    @Autowired TransactionTemplate transactions;
    @Autowired DSLContext db;
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void anOutageLosesNothingAndSendsNothingTwice() throws Exception {
        // the server works: a mail goes out
        smtp.start();
        String before = Fixtures.unique("before") + "@example.org";
        transactions.executeWithoutResult(tx -> outbox.queue(mail(before)));
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.receivedBy(before).size() == 1);

        // the server goes down; two changes each queue three mails
        smtp.stop();
        List<String> recipients = IntStream.range(0, 6).mapToObj(i -> Fixtures.unique("outage") + "@example.org").toList();
        transactions.executeWithoutResult(tx -> recipients.subList(0, 3).forEach(to -> outbox.queue(mail(to))));
        transactions.executeWithoutResult(tx -> recipients.subList(3, 6).forEach(to -> outbox.queue(mail(to))));

        // the sender tries each mail, records the failure and waits longer each time
        await().atMost(Duration.ofSeconds(60)).until(() -> rows(recipients).stream().allMatch(r -> r.getAttempts() >= 3));
        List<MailOutboxRecord> failing = rows(recipients);
        assertThat(failing).hasSize(6);
        for (MailOutboxRecord row : failing) {
            assertThat(row.getSentAt()).as("not sent during the outage").isNull();
            assertThat(row.getFailedAt()).as("not given up").isNull();
            assertThat(row.getLastError()).isNotBlank();
            assertThat(Duration.between(row.getLastAttemptAt(), row.getNextAttemptAt()))
                    .as("backoff after %d failures", row.getAttempts()).isEqualTo(backoff(row.getAttempts()));
        }
        String retrying = mvc.perform(get("/admin/outbox").param("status", "retrying").with(user(administrator())))
                .andReturn().getResponse().getContentAsString();
        assertThat(retrying).contains(recipients).contains("Connection refused");

        // the server comes back on the same port: each mail arrives once
        smtp.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> rows(recipients).stream().allMatch(r -> r.getSentAt() != null));
        // a mail is marked sent only after SMTP accepted it, so every delivery has happened by now
        for (String recipient : recipients) {
            List<MimeMessage> received = smtp.receivedBy(recipient);
            assertThat(received).as(recipient).hasSize(1);
            assertThat(received.get(0).getSubject()).isEqualTo("Outbox test for " + recipient);
        }
        assertThat(smtp.received()).hasSize(6);
        for (MailOutboxRecord row : rows(recipients)) {
            assertThat(row.getLastError()).isNull();
            assertThat(row.getAttempts()).isGreaterThanOrEqualTo(4);
        }
        String sent = mvc.perform(get("/admin/outbox").param("status", "sent").with(user(administrator())))
                .andReturn().getResponse().getContentAsString();
        assertThat(sent).contains(recipients).contains(before);
        String stillRetrying = mvc.perform(get("/admin/outbox").param("status", "retrying").with(user(administrator())))
                .andReturn().getResponse().getContentAsString();
        assertThat(stillRetrying).doesNotContain(recipients.toArray(String[]::new));
    }

    /** The wait the configuration gives after n failures: 0.2 s doubling, at most 0.8 s. */
    static Duration backoff(int failures) {
        Duration delay = BASE.multipliedBy(1L << Math.min(failures - 1, 10));
        return delay.compareTo(MAX) < 0 ? delay : MAX;
    }

    private static OutgoingMail mail(String recipient) {
        return new OutgoingMail(recipient, "Outbox test for " + recipient, "Hello,\n\nthis mail must arrive once.\n");
    }

    private List<MailOutboxRecord> rows(List<String> recipients) {
        return db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.in(recipients)).orderBy(MAIL_OUTBOX.ID).fetch();
    }

    private CampusUser administrator() {
        long id = fixtures.person(Role.ADMINISTRATOR);
        return new CampusUser(id, "admin" + id + "@test.example", null, "Test Administrator", "en", Set.of(Role.ADMINISTRATOR),
                true, false);
    }
}
