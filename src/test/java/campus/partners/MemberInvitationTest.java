package campus.partners;

import static campus.evaluation.SurveyFixtures.subject;
import static campus.evaluation.SurveyFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.campus.db.Tables.MAIL_OUTBOX;
import static org.campus.db.Tables.PARTNER_INVITATION;
import static org.campus.db.Tables.PERSON;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import campus.CampusTest;
import campus.Fixtures;
import campus.accounts.AccountsApi;
import campus.accounts.CampusUser;
import campus.accounts.PersonDetails;
import campus.accounts.PersonView;
import campus.mail.TestSmtp;
import campus.partners.internal.Branding;
import campus.partners.internal.PartnerDetails;
import campus.partners.internal.PartnerService;
import campus.shared.Role;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A space's administrators invite members in bulk from a CSV file: the good rows are invited by mail (real
 * SMTP, GreenMail), every bad row is told by line and column and gets nothing; the mailed link, or signing in
 * with the invited address, makes the person a member once. Only the space's own administrators get in.
 */
@CampusTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "campus.mail.poll-interval=PT0.2S"})
class MemberInvitationTest {

    static final TestSmtp smtp = new TestSmtp();
    static final Pattern LINK = Pattern.compile("https?://\\S+/p/([a-z0-9-]+)/invitations/([A-Za-z0-9_-]{43})\\S*");

    @DynamicPropertySource
    static void ownSmtpServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", smtp::port);
    }

    @BeforeAll
    static void startServer() {
        smtp.start();
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @Autowired MockMvc mvc;
    @Autowired PartnerService partners;
    @Autowired campus.partners.internal.MemberInvitations memberInvitations;
    @Autowired AccountsApi accounts;
    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;

    @Test
    void goodRowsAreInvitedAndEveryBadRowIsToldByLineAndColumn() throws Exception {
        PartnerView partner = partner("es", "en");
        CampusUser admin = administrator(partner);
        PersonView member = member(partner);
        String good1 = address("good1");
        String good2 = address("good2");
        String good3 = address("good3");
        List<String> bad = List.of(address("noname"), address("long"), address("dana"), member.email());
        String csv = String.join("\r\n",
                "name,email,language",
                "Ana Good," + good1 + ",fr",
                "," + bad.get(0) + ",en",
                "Bob Good," + good2.toUpperCase() + ",",
                "x".repeat(201) + "," + bad.get(1) + ",en",
                "Carl Bad,carl-at-example.org,en",
                "Dana Bad," + bad.get(2) + ",de",
                "Ana Again," + good1 + ",en",
                "Already There," + member.email() + ",en",
                "\"Good, Eve\"," + good3 + ",en") + "\r\n";

        mvc.perform(multipart("/p/" + partner.slug() + "/admin/members/invitations")
                        .file(new MockMultipartFile("file", "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 people were invited.")))
                .andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content().string(containsString("Line 3: name: the name is empty")))
                .andExpect(content().string(containsString("Line 5: name: the name is longer than 200 characters")))
                .andExpect(content().string(containsString("Line 6: email: this is not a valid email address")))
                .andExpect(content().string(containsString("Line 7: language: the language must be en, fr or es")))
                .andExpect(content().string(containsString("Line 8: email: the same address is already on line 2")))
                .andExpect(content().string(containsString("Line 9: email: this person is already a member")))
                .andExpect(content().string(not(containsString("Line 2:"))))
                .andExpect(content().string(not(containsString("Line 4:"))))
                .andExpect(content().string(not(containsString("Line 10:"))));

        // exactly the good rows are stored, each with only the hash of the token its mail carries
        assertThat(db.select(PARTNER_INVITATION.EMAIL).from(PARTNER_INVITATION).where(PARTNER_INVITATION.PARTNER_ID.eq(partner.id()))
                .fetch(PARTNER_INVITATION.EMAIL)).containsExactlyInAnyOrder(good1, good2, good3);
        MimeMessage toAna = onlyMailTo(good1);
        MimeMessage toBob = onlyMailTo(good2);
        MimeMessage toEve = onlyMailTo(good3);
        assertThat(subject(toAna)).contains("vous invite").contains(partner.name());
        assertThat(subject(toBob)).as("an empty language is the space's first").contains("le invita");
        assertThat(subject(toEve)).contains("invites you");
        assertThat(text(toEve)).contains("Hello Good, Eve").contains(admin.displayName()).contains(good3);
        String token = link(toEve)[1];
        assertThat(link(toEve)[0]).isEqualTo(partner.slug());
        assertThat(db.select(PARTNER_INVITATION.TOKEN_HASH).from(PARTNER_INVITATION).where(PARTNER_INVITATION.EMAIL.eq(good3))
                .fetchOne(PARTNER_INVITATION.TOKEN_HASH)).isEqualTo(sha256(token)).isNotEqualTo(token);
        for (String address : bad) {
            assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(address))).as(address).isZero();
            assertThat(smtp.receivedBy(address)).as(address).isEmpty();
            assertThat(db.fetchCount(PARTNER_INVITATION, PARTNER_INVITATION.EMAIL.eq(address))).as(address).isZero();
        }

        // the page lists the pending invitations
        mvc.perform(get("/p/" + partner.slug() + "/admin/members").with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(good2)))
                .andExpect(content().string(containsString(member.email())));

        // inviting again sends a new link, keeps one row, and the old link stops working
        mvc.perform(post("/p/" + partner.slug() + "/admin/members/invitations").param("csv", "name,email,language\nEve," + good3 + ",en")
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("One person was invited.")));
        List<MimeMessage> both = mailsTo(good3, 2);
        String renewed = link(both.get(1))[1];
        assertThat(renewed).isNotEqualTo(token);
        assertThat(db.fetchCount(PARTNER_INVITATION, PARTNER_INVITATION.EMAIL.eq(good3))).isEqualTo(1);
        CampusUser someone = learner();
        mvc.perform(get("/p/" + partner.slug() + "/invitations/" + token).with(user(someone))).andExpect(status().isNotFound());
        mvc.perform(get("/p/" + partner.slug() + "/invitations/" + renewed).with(user(someone))).andExpect(status().isOk());
    }

    @Test
    void aFileWithoutTheHeaderOrTooLongIsRefusedAsAWhole() throws Exception {
        PartnerView partner = partner("en");
        CampusUser admin = administrator(partner);
        String invitations = "/p/" + partner.slug() + "/admin/members/invitations";
        String someone = address("nohead");
        mvc.perform(post(invitations).param("csv", "name,mail,language\nNo Header," + someone + ",en").with(user(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The first line must be the header name,email,language")));
        StringBuilder many = new StringBuilder("name,email,language\n");
        for (int i = 0; i < 5001; i++) {
            many.append("Person ").append(i).append(",many-").append(i).append("@example.org,en\n");
        }
        mvc.perform(post(invitations).param("csv", many.toString()).with(user(admin)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("at most 5,000 rows and 1 MB")));
        mvc.perform(post(invitations).param("csv", "").with(user(admin)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Choose a CSV file or paste its rows.")));
        assertThat(db.fetchCount(PARTNER_INVITATION, PARTNER_INVITATION.PARTNER_ID.eq(partner.id()))).isZero();
    }

    @Test
    void problemsAreToldInTheAdministratorsLanguage() throws Exception {
        PartnerView partner = partner("en");
        CampusUser admin = administrator(partner);
        String invitations = "/p/" + partner.slug() + "/admin/members/invitations";
        mvc.perform(post(invitations).param("csv", "name,email,language\n,x@example.org,en\nZoé,zoe-at-example,it\n")
                        .header("Accept-Language", "fr").with(user(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Personne n&#39;a été invité.")))
                .andExpect(content().string(containsString("Ligne 2 : name : le nom est vide")))
                .andExpect(content().string(containsString("Ligne 3 : email : ce n&#39;est pas une adresse électronique valide")))
                .andExpect(content().string(containsString("Ligne 3 : language : la langue doit être en, fr ou es")));
        mvc.perform(post(invitations).param("csv", "nom;courriel\n").header("Accept-Language", "fr").with(user(admin)).with(csrf()))
                .andExpect(content().string(containsString("La première ligne doit être l&#39;en-tête name,email,language")));
    }

    @Test
    void anAdministratorOfOneSpaceIsRefusedAnotherAndALearnerEvery() throws Exception {
        PartnerView a = partner("en");
        PartnerView b = partner("en");
        CampusUser adminOfA = administrator(a);
        PersonView memberOfB = member(b);
        String csv = "name,email,language\nIntruder," + address("intruder") + ",en\n";
        String members = "/p/" + b.slug() + "/admin/members";

        mvc.perform(get("/p/" + a.slug() + "/admin/members").with(user(adminOfA))).andExpect(status().isOk());
        mvc.perform(get(members).with(user(adminOfA))).andExpect(status().isForbidden());
        mvc.perform(get(members + ".csv").with(user(adminOfA))).andExpect(status().isForbidden());
        mvc.perform(post(members + "/invitations").param("csv", csv).with(user(adminOfA)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart(members + "/invitations").file(new MockMultipartFile("file", "x.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(user(adminOfA)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(members + "/" + memberOfB.id() + "/remove").with(user(adminOfA)).with(csrf())).andExpect(status().isForbidden());

        CampusUser learner = learner();
        mvc.perform(get(members).with(user(learner))).andExpect(status().isForbidden());
        mvc.perform(get(members + ".csv").with(user(learner))).andExpect(status().isForbidden());
        mvc.perform(post(members + "/invitations").param("csv", csv).with(user(learner)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get(members).accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());

        assertThat(db.fetchCount(PARTNER_INVITATION, PARTNER_INVITATION.PARTNER_ID.eq(b.id()))).isZero();
        assertThat(partners.isMember(memberOfB.id(), b.id())).isTrue();
    }

    @Test
    void theMailedLinkMakesTheInviteeAMemberOnce() throws Exception {
        PartnerView partner = partner("en");
        CampusUser admin = administrator(partner);
        String email = address("invitee");
        invite(partner, admin, "Ines Invitee," + email + ",en");
        String[] link = link(onlyMailTo(email));
        String path = "/p/" + partner.slug() + "/invitations/" + link[1];

        // not signed in: sign in first (security remembers the link)
        mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));

        CampusUser invitee = learner();
        mvc.perform(get(path).with(user(invitee))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Join " + partner.name())));
        assertThat(partners.isMember(invitee.id(), partner.id())).isFalse();
        mvc.perform(post(path).with(user(invitee)).with(csrf())).andExpect(redirectedUrl("/p/" + partner.slug()));
        assertThat(partners.isMember(invitee.id(), partner.id())).isTrue();
        var row = db.selectFrom(PARTNER_INVITATION).where(PARTNER_INVITATION.EMAIL.eq(email)).fetchOne();
        assertThat(row.getAcceptedAt()).isNotNull();
        assertThat(row.getAcceptedBy()).isEqualTo(invitee.id());

        // used, forged or mangled: one and the same answer, and no one joins
        CampusUser other = learner();
        String used = "This invitation is not valid";
        mvc.perform(get(path).with(user(other))).andExpect(status().isNotFound()).andExpect(content().string(containsString(used)));
        mvc.perform(post(path).with(user(other)).with(csrf())).andExpect(status().isNotFound())
                .andExpect(content().string(containsString(used)));
        String forged = "/p/" + partner.slug() + "/invitations/" + "A".repeat(43);
        mvc.perform(get(forged).with(user(other))).andExpect(status().isNotFound()).andExpect(content().string(containsString(used)));
        mvc.perform(post(forged).with(user(other)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/p/" + partner.slug() + "/invitations/short").with(user(other)).with(csrf())).andExpect(status().isNotFound());
        assertThat(partners.isMember(other.id(), partner.id())).isFalse();

        // the link of one space does not open another
        PartnerView elsewhere = partner("en");
        mvc.perform(post("/p/" + elsewhere.slug() + "/invitations/" + link[1]).with(user(other)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(partners.isMember(other.id(), elsewhere.id())).isFalse();
    }

    @Test
    void signingInWithTheInvitedAddressAcceptsTheInvitation() throws Exception {
        PartnerView partner = partner("en");
        CampusUser admin = administrator(partner);
        String email = address("signin");
        invite(partner, admin, "Sam Signin," + email + ",en");
        onlyMailTo(email);
        long person = accounts.createVerified(new PersonDetails(email, "Sam", "Signin", "male", 1990, "IT", "workers", null, null, "en"),
                "correct-horse-battery", Set.of(Role.LEARNER));
        assertThat(partners.isMember(person, partner.id())).isFalse();

        mvc.perform(post("/login").param("username", email).param("password", "correct-horse-battery").with(csrf()))
                .andExpect(redirectedUrl("/my-learning"));

        assertThat(partners.isMember(person, partner.id())).isTrue();
        assertThat(db.select(PARTNER_INVITATION.ACCEPTED_BY).from(PARTNER_INVITATION).where(PARTNER_INVITATION.EMAIL.eq(email))
                .fetchOne(PARTNER_INVITATION.ACCEPTED_BY)).isEqualTo(person);
        mvc.perform(get("/p/" + partner.slug() + "/admin/members").with(user(admin)))
                .andExpect(content().string(containsString("No invitation is waiting for an answer.")));
    }

    @Test
    void theExportListsMembersSafelyAndAdministratorsCannotBeRemovedHere() throws Exception {
        PartnerView partner = partner("en");
        CampusUser admin = administrator(partner);
        PersonView member = member(partner);
        db.update(PERSON).set(PERSON.GIVEN_NAME, "=HYPERLINK(\"http://evil.example\")").set(PERSON.FAMILY_NAME, "Smith, Jr")
                .where(PERSON.ID.eq(member.id())).execute();
        String members = "/p/" + partner.slug() + "/admin/members";

        String csv = mvc.perform(get(members + ".csv").with(user(admin))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).first().isEqualTo("name,email,role,joined");
        assertThat(csv).contains(admin.email() + ",admin,")
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\") Smith, Jr\"," + member.email() + ",member,");

        var refused = mvc.perform(post(members + "/" + admin.id() + "/remove").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl(members)).andReturn();
        assertThat(partners.isMember(admin.id(), partner.id())).isTrue();
        mvc.perform(get(members).with(user(admin)).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("An administrator of the space cannot be removed here")));
        mvc.perform(post(members + "/" + member.id() + "/remove").with(user(admin)).with(csrf())).andExpect(redirectedUrl(members));
        assertThat(partners.isMember(member.id(), partner.id())).isFalse();
    }

    private PartnerView partner(String... languages) {
        String slug = Fixtures.unique("space").toLowerCase();
        long id = partners.create(new PartnerDetails(slug, "Union " + slug, PartnerKind.TRADE_UNION, "IT", null));
        partners.brand(id, new Branding("#1f4e79", "#f2a900", List.of(languages), false, Map.of()));
        return partners.find(id).orElseThrow();
    }

    private CampusUser administrator(PartnerView partner) {
        long id = fixtures.person(Role.LEARNER);
        partners.addAdministrator(partner.id(), accounts.find(id).orElseThrow().email());
        return signedIn(id);
    }

    private PersonView member(PartnerView partner) {
        long id = fixtures.person(Role.LEARNER);
        assertThat(partners.join(partner.id(), id, partners.joinToken(partner.id()))).isTrue();
        return accounts.find(id).orElseThrow();
    }

    private CampusUser learner() {
        return signedIn(fixtures.person(Role.LEARNER));
    }

    private CampusUser signedIn(long personId) {
        PersonView p = accounts.find(personId).orElseThrow();
        return new CampusUser(p.id(), p.email(), null, p.fullName(), "en", p.roles(), true, false);
    }

    @Test
    void twoUploadsInvitingTheSameNewAddressAtOnceBothSucceedWithOneInvitation() throws Exception {
        long space = partners.create(new PartnerDetails(Fixtures.unique("race").toLowerCase(), "Race", PartnerKind.OTHER, null, null));
        for (int round = 0; round < 5; round++) {
            String email = address("race");
            byte[] csv = ("name,email,language\nRay Race," + email + ",en\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            var start = new java.util.concurrent.CountDownLatch(1);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var uploads = java.util.stream.IntStream.range(0, 2).mapToObj(i -> pool.submit(() -> {
                    start.await();
                    return memberInvitations.invite(space, "Test", csv);
                })).toList();
                start.countDown();
                for (var upload : uploads) {
                    assertThat(upload.get(30, java.util.concurrent.TimeUnit.SECONDS).invited()).isEqualTo(1);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(db.fetchCount(org.campus.db.Tables.PARTNER_INVITATION, org.campus.db.Tables.PARTNER_INVITATION.EMAIL.eq(email)))
                    .isEqualTo(1);
        }
    }

    private void invite(PartnerView partner, CampusUser admin, String row) throws Exception {
        mvc.perform(post("/p/" + partner.slug() + "/admin/members/invitations").param("csv", "name,email,language\n" + row)
                .with(user(admin)).with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("One person was invited.")));
    }

    private static String address(String who) {
        return Fixtures.unique(who) + "@example.org";
    }

    private static String[] link(MimeMessage mail) {
        Matcher m = LINK.matcher(text(mail));
        assertThat(m.find()).as("an invitation link in: " + text(mail)).isTrue();
        return new String[] {m.group(1), m.group(2)};
    }

    private MimeMessage onlyMailTo(String email) {
        return mailsTo(email, 1).get(0);
    }

    /** The mails for the address once the outbox has sent every one queued for it; there must be exactly count. */
    private List<MimeMessage> mailsTo(String email, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> db.fetchCount(MAIL_OUTBOX,
                MAIL_OUTBOX.RECIPIENT.eq(email).and(MAIL_OUTBOX.SENT_AT.isNull())) == 0);
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(email))).as("mails queued for " + email).isEqualTo(count);
        await().atMost(Duration.ofSeconds(15)).until(() -> smtp.receivedBy(email).size() >= count);
        List<MimeMessage> received = smtp.receivedBy(email);
        assertThat(received).hasSize(count);
        return received;
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }
}
