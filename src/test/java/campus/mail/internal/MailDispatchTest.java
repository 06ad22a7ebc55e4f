package campus.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campus.db.Tables.MAIL_OUTBOX;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import campus.CampusTest;
import campus.Fixtures;
import campus.accounts.CampusUser;
import campus.mail.MailOutbox;
import campus.mail.OutgoingMail;
import campus.mail.OwnDatabase;
import campus.mail.TestClock;
import campus.mail.TestSmtp;
import campus.shared.Role;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.campus.db.tables.records.MailOutboxRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sender step by step: each round is a call of sendDue() (the schedule waits an hour here) and
 * time moves only when the test moves the clock, so backoff and giving up are checked to the second.
 * Real SMTP (GreenMail) on a port of its own, and a database of its own.
 */
@CampusTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "campus.mail.poll-interval=PT1H",
        "campus.mail.retry-base=PT1M", "campus.mail.retry-max=PT10M", "campus.mail.max-attempts=3",
        "campus.base-url=https://campus.centre.example"})
class MailDispatchTest {

    static final TestSmtp smtp = new TestSmtp();
    static final TestClock CLOCK = new TestClock();

    @DynamicPropertySource
    static void ownServerAndDatabase(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", smtp::port);
        properties.add("spring.datasource.url", () -> OwnDatabase.url("mail_dispatch"));
    }

    @TestBean(name = "clock")
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @Autowired SmtpDispatcher dispatcher;
    @Autowired MailOutbox outbox;
    @Autowired TransactionTemplate transactions;
    @Autowired DSLContext db;
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @BeforeEach
    void emptyOutboxAndServerDown() {
        db.deleteFrom(MAIL_OUTBOX).execute();
        smtp.stop();
    }

    @Test
    void failuresWaitLongerEachTimeThenGiveUpUntilAnAdministratorSendsAgain() throws Exception {
        String to = queue("Backoff");
        OffsetDateTime start = OffsetDateTime.now(CLOCK);

        assertThat(dispatcher.sendDue()).isZero();
        MailOutboxRecord row = row(to);
        assertThat(row.getAttempts()).isEqualTo(1);
        assertThat(row.getLastAttemptAt()).isEqualTo(start);
        assertThat(row.getNextAttemptAt()).isEqualTo(start.plusMinutes(1));
        assertThat(row.getLastError()).contains("Connection refused");
        assertThat(row.getFailedAt()).isNull();

        // not again before the wait is over
        dispatcher.sendDue();
        CLOCK.advance(Duration.ofSeconds(59));
        dispatcher.sendDue();
        assertThat(row(to).getAttempts()).isEqualTo(1);

        CLOCK.advance(Duration.ofSeconds(1));
        dispatcher.sendDue();
        assertThat(row(to).getAttempts()).isEqualTo(2);
        assertThat(row(to).getNextAttemptAt()).isEqualTo(start.plusMinutes(1 + 2));

        // the third failure is the last (max-attempts=3): the mail is marked failed and left alone
        CLOCK.advance(Duration.ofMinutes(2));
        dispatcher.sendDue();
        row = row(to);
        assertThat(row.getAttempts()).isEqualTo(3);
        assertThat(row.getFailedAt()).isEqualTo(start.plusMinutes(3));
        CLOCK.advance(Duration.ofDays(1));
        dispatcher.sendDue();
        assertThat(row(to).getAttempts()).isEqualTo(3);

        String failedPage = page("/admin/outbox?status=failed");
        assertThat(failedPage).contains(to, "Failed", "action=\"/admin/outbox/" + row.getId() + "/send-again\"",
                "A mail is marked failed after 3 attempts");

        // the server works again; the administrator sends the mail again and it goes out once
        smtp.start();
        mvc.perform(post("/admin/outbox/" + row.getId() + "/send-again").param("status", "failed")
                .with(user(person(Role.ADMINISTRATOR))).with(csrf()))
                .andExpect(redirectedUrl("/admin/outbox?status=failed"));
        assertThat(row(to).getFailedAt()).isNull();
        assertThat(row(to).getAttempts()).as("a new round of attempts").isZero();
        assertThat(dispatcher.sendDue()).isEqualTo(1);
        assertThat(smtp.receivedBy(to)).hasSize(1);
        assertThat(row(to).getSentAt()).isNotNull();

        // sending a sent mail again is refused, and nothing more goes out
        mvc.perform(post("/admin/outbox/" + row.getId() + "/send-again")
                .with(user(person(Role.ADMINISTRATOR))).with(csrf())).andExpect(redirectedUrl("/admin/outbox"));
        assertThat(dispatcher.sendDue()).isZero();
        assertThat(smtp.receivedBy(to)).hasSize(1);
    }

    @Test
    void sendingAgainIsForAdministratorsWithTheFormsToken() throws Exception {
        String to = queue("Guarded");
        dispatcher.sendDue();
        long id = row(to).getId();
        mvc.perform(post("/admin/outbox/" + id + "/send-again").with(user(person(Role.ADMINISTRATOR))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/outbox/" + id + "/send-again").with(user(person(Role.STAFF))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/outbox/send-failed-again").with(user(person(Role.STAFF))).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(row(to).getNextAttemptAt()).as("still waiting for its backoff")
                .isEqualTo(OffsetDateTime.now(CLOCK).plusMinutes(1));
    }

    @Test
    void everyFailedMailCanBeSentAgainAtOnce() throws Exception {
        List<String> recipients = IntStream.range(0, 3).mapToObj(i -> queue("Failed " + i)).toList();
        for (int round = 0; round < 3; round++) {
            // one mail is tried per round while the server is down, so three rounds per wait
            dispatcher.sendDue();
            dispatcher.sendDue();
            dispatcher.sendDue();
            CLOCK.advance(Duration.ofMinutes(10));
        }
        assertThat(recipients).allSatisfy(to -> assertThat(row(to).getFailedAt()).isNotNull());

        smtp.start();
        mvc.perform(post("/admin/outbox/send-failed-again").with(user(person(Role.ADMINISTRATOR))).with(csrf()))
                .andExpect(redirectedUrl("/admin/outbox"));
        assertThat(dispatcher.sendDue()).isEqualTo(3);
        assertThat(recipients).allSatisfy(to -> assertThat(smtp.receivedBy(to)).hasSize(1));
    }

    @Test
    void duringAnOutageEachRoundKnocksOnceInsteadOfTryingTheWholeBatch() {
        List<String> recipients = IntStream.range(0, 3).mapToObj(i -> queue("Knock " + i)).toList();
        dispatcher.sendDue();
        assertThat(recipients.stream().map(to -> row(to).getAttempts())).containsExactly(1, 0, 0);
        dispatcher.sendDue();
        assertThat(recipients.stream().map(to -> row(to).getAttempts())).containsExactly(1, 1, 0);
    }

    @Test
    void twoSendersAtOnceNeverSendOneMailTwice() throws Exception {
        smtp.start();
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                List<String> recipients = IntStream.range(0, 40).mapToObj(i -> Fixtures.unique("twice") + "@example.org").toList();
                transactions.executeWithoutResult(tx -> recipients.forEach(to ->
                        outbox.queue(new OutgoingMail(to, "Once", "Only once."))));
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> results = List.of(senders.submit(() -> {
                    together.await();
                    return dispatcher.sendDue();
                }), senders.submit(() -> {
                    together.await();
                    return dispatcher.sendDue();
                }));
                int sent = results.get(0).get() + results.get(1).get();
                assertThat(sent).as("round %d: mails sent by the two senders", round).isEqualTo(40);
                for (String to : recipients) {
                    assertThat(smtp.receivedBy(to)).as(to).hasSize(1);
                    assertThat(row(to).getSentAt()).isNotNull();
                    assertThat(row(to).getAttempts()).isEqualTo(1);
                }
            }
            assertThat(smtp.received()).hasSize(120);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void accentsArriveIntactWithAMessageIdThatStaysTheSameWhenSentAgain() throws Exception {
        smtp.start();
        String to = Fixtures.unique("accents") + "@example.org";
        String subject = "Réinscription à « Économie sociale » — año, niño, ¿qué tal? 😀";
        String body = "Bonjour Élodie,\n\nça commence le 3 février : où, quand, pourquoi ?\nSeñora Núñez, añadimos € y œ.";
        transactions.executeWithoutResult(tx -> outbox.queue(new OutgoingMail(to, subject, body)));
        assertThat(dispatcher.sendDue()).isEqualTo(1);

        MailOutboxRecord row = row(to);
        String expectedId = "<outbox-" + row.getId() + "." + row.getCreatedAt().toEpochSecond() + "@campus.centre.example>";
        MimeMessage received = smtp.receivedBy(to).get(0);
        assertThat(received.getSubject()).isEqualTo(subject);
        assertThat(received.getContent().toString().replace("\r\n", "\n")).isEqualTo(body);
        assertThat(received.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(received.getMessageID()).isEqualTo(expectedId);
        assertThat(received.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(received.getSentDate().toInstant()).isEqualTo(row.getCreatedAt().toInstant());
        assertThat(received.getFrom()[0].toString()).isEqualTo("Campus <no-reply@campus.example>");

        // SMTP took the mail but the "sent" mark was lost (a crash before the commit): it goes out
        // again as the same message, which receivers can tell by its Message-ID
        db.update(MAIL_OUTBOX).setNull(MAIL_OUTBOX.SENT_AT).where(MAIL_OUTBOX.ID.eq(row.getId())).execute();
        CLOCK.advance(Duration.ofMinutes(5));
        assertThat(dispatcher.sendDue()).isEqualTo(1);
        assertThat(smtp.receivedBy(to)).hasSize(2).extracting(MimeMessage::getMessageID).containsOnly(expectedId);
        assertThat(smtp.receivedBy(to).get(1).getSentDate()).isEqualTo(received.getSentDate());

        assertThat(page("/admin/outbox?status=sent")).contains(expectedId.replace("<", "&lt;").replace(">", "&gt;"));
    }

    @Test
    void theOutboxPageFiltersByStatusPagesAndEscapes() throws Exception {
        IntStream.range(0, 52).forEach(i -> queue("Waiting " + i));
        String hostile = queue("<script>alert('subject')</script>");
        // one retrying
        dispatcher.sendDue();
        assertThat(row(hostile).getAttempts()).isZero();

        String all = page("/admin/outbox");
        assertThat(count(all, "class=\"mail card\"")).isEqualTo(50);
        assertThat(all).contains("All (53)", "Waiting (52)", "Retrying (1)", "Failed (0)", "Sent (0)")
                .contains("&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(all).contains("href=\"/admin/outbox?page=2\"");
        String second = page("/admin/outbox?page=2");
        assertThat(count(second, "class=\"mail card\"")).isEqualTo(3);

        String retrying = page("/admin/outbox?status=retrying");
        assertThat(count(retrying, "class=\"mail card\"")).isEqualTo(1);
        assertThat(retrying).contains("Connection refused", "Next attempt", "/send-again");
        assertThat(count(page("/admin/outbox?status=waiting"), "class=\"mail card\"")).isEqualTo(50);
        assertThat(page("/admin/outbox?status=waiting")).contains("href=\"/admin/outbox?status=waiting&amp;page=2\"");
        assertThat(page("/admin/outbox?status=sent")).contains("No mail yet.");

        String french = page("/admin/outbox?status=retrying&lang=fr");
        assertThat(french).contains("Nouvel essai prévu (1)", "Renvoyer maintenant");
    }

    @Test
    void aTestMailFromTheOutboxPageArrives() throws Exception {
        smtp.start();
        CampusUser admin = person(Role.ADMINISTRATOR);
        mvc.perform(post("/admin/outbox/test-mail").param("recipient", admin.getUsername()).header("Accept-Language", "es")
                .with(user(admin)).with(csrf())).andExpect(redirectedUrl("/admin/outbox"));
        assertThat(dispatcher.sendDue()).isEqualTo(1);
        MimeMessage received = smtp.receivedBy(admin.getUsername()).get(0);
        assertThat(received.getSubject()).isEqualTo("Correo de prueba de Campus");
        assertThat(received.getContent().toString()).contains("Campus (https://campus.centre.example) envió");
    }

    private String queue(String subject) {
        String to = Fixtures.unique("mail") + "@example.org";
        transactions.executeWithoutResult(tx -> outbox.queue(new OutgoingMail(to, subject, "Body of " + subject)));
        return to;
    }

    private MailOutboxRecord row(String recipient) {
        return db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(recipient)).fetchSingle();
    }

    private String page(String address) throws Exception {
        return mvc.perform(get(address).with(user(person(Role.ADMINISTRATOR)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private CampusUser person(Role role) {
        long id = fixtures.person(role);
        return new CampusUser(id, "u" + id + "@test.example", null, "Test Person", "en", Set.of(role), true, false);
    }
}
