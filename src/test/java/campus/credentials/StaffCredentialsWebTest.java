package campus.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campus.db.Tables.CREDENTIAL;
import static org.campus.db.Tables.CREDENTIAL_SETTINGS;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import campus.CampusTest;
import campus.Fixtures;
import campus.accounts.CampusUser;
import campus.credentials.internal.StoredCredential;
import campus.enrolment.EnrolmentApi;
import campus.shared.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Staff choose what an activity awards, issue in bulk and change a credential's status with a reason; learners cannot. */
@CampusTest
class StaffCredentialsWebTest {

    @Autowired MockMvc mvc;
    @Autowired CredentialFixtures credentials;
    @Autowired Fixtures fixtures;
    @Autowired EnrolmentApi enrolments;
    @Autowired DSLContext db;

    @Test
    void staffRevokeWithAReasonAndAnEmptyReasonIsA400WithTheMessage() throws Exception {
        long activity = credentials.activity();
        StoredCredential credential = credentials.issued(activity);
        CampusUser staff = credentials.newUser(Role.STAFF);

        Document page = page("/staff/activities/" + activity + "/credentials?lang=en", staff);
        Element row = page.getElementById("credential-" + credential.id());
        assertThat(row.select("td").get(0).text()).isEqualTo("Test Person");
        assertThat(row.select("td").get(3).text()).isEqualTo("Valid");
        assertThat(row.select("button").eachText()).containsExactly("Suspend", "Revoke");

        MockHttpServletResponse refused = mvc.perform(post("/staff/activities/" + activity + "/credentials/" + credential.id() + "/status")
                .param("status", "revoked").param("reason", "   ").with(user(staff)).with(csrf())
                .header("Accept-Language", "fr")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        Element form = Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8)).getElementById("credential-" + credential.id());
        assertThat(form.select(".error").text()).isEqualTo("Indiquez le motif : il est montré à quiconque vérifie le certificat.");
        assertThat(form.select("textarea").attr("aria-invalid")).isEqualTo("true");
        assertThat(status(credential)).isEqualTo("valid");

        mvc.perform(post("/staff/activities/" + activity + "/credentials/" + credential.id() + "/status").param("status", "revoked")
                .param("reason", "Plagiarised final assignment.").with(user(staff)).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
        assertThat(status(credential)).isEqualTo("revoked");
        Element revoked = page("/staff/activities/" + activity + "/credentials", staff).getElementById("credential-" + credential.id());
        assertThat(revoked.select("td").get(3).text()).isEqualTo("Revoked — Plagiarised final assignment.");
        assertThat(revoked.select("form")).isEmpty();
    }

    @Test
    void staffChooseTheKindAndIssueToEveryoneWhoCompleted() throws Exception {
        long activity = credentials.activity();
        CampusUser staff = credentials.newUser(Role.STAFF);
        Document page = page("/staff/activities/" + activity + "/credentials", staff);
        assertThat(page.select("#kind option[selected]").text()).isEqualTo("Certificate of achievement");

        mvc.perform(post("/staff/activities/" + activity + "/credentials/kind").param("kind", "none").with(user(staff)).with(csrf()));
        assertThat(db.select(CREDENTIAL_SETTINGS.KIND).from(CREDENTIAL_SETTINGS).where(CREDENTIAL_SETTINGS.ACTIVITY_ID.eq(activity))
                .fetchOne(CREDENTIAL_SETTINGS.KIND)).isEqualTo("none");
        for (int i = 0; i < 3; i++) {
            long enrolment = enrolments.apply(activity, fixtures.person()).id();
            enrolments.complete(enrolment);
        }
        // the completion listener has seen them (and issued nothing: the activity awards none)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> db.fetchCount(
                org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("event_publication")),
                org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("listener_id"), String.class).like("%CompletionCredentials%")
                        .and(org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("completion_date")).isNull())) == 0);
        assertThat(db.fetchCount(CREDENTIAL, CREDENTIAL.ACTIVITY_ID.eq(activity))).isZero();
        MockHttpServletResponse bad = mvc.perform(post("/staff/activities/" + activity + "/credentials/kind")
                .param("kind", "certificate").with(user(staff)).with(csrf())).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.getContentAsString(StandardCharsets.UTF_8)).select("#kind-error").text())
                .isEqualTo("Choose participation, achievement, diploma or none.");

        mvc.perform(post("/staff/activities/" + activity + "/credentials/kind").param("kind", "diploma").with(user(staff)).with(csrf()));
        MvcResult issued = mvc.perform(post("/staff/activities/" + activity + "/credentials/issue")
                .with(user(staff)).with(csrf())).andReturn();
        assertThat(issued.getResponse().getRedirectedUrl()).isEqualTo("/staff/activities/" + activity + "/credentials");
        Document after = Jsoup.parse(mvc.perform(get(issued.getResponse().getRedirectedUrl()).with(user(staff))
                .flashAttrs(issued.getFlashMap())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(after.select(".notice").text()).isEqualTo("Credentials issued: 3.");
        assertThat(after.select("tbody tr")).hasSize(3);
        assertThat(db.fetchCount(CREDENTIAL, CREDENTIAL.ACTIVITY_ID.eq(activity).and(CREDENTIAL.KIND.eq("diploma")))).isEqualTo(3);
    }

    @Test
    void learnersAreRefusedEveryStaffCredentialsRoute() throws Exception {
        long activity = credentials.activity();
        StoredCredential credential = credentials.issued(activity);
        CampusUser learner = credentials.user(credential.personId());
        List<MockHttpServletRequestBuilder> routes = List.of(
                get("/staff/credentials"), get("/staff/credentials.csv?year=2019"),
                get("/staff/activities/" + activity + "/credentials"),
                post("/staff/activities/" + activity + "/credentials/kind").param("kind", "none").with(csrf()),
                post("/staff/activities/" + activity + "/credentials/issue").with(csrf()),
                post("/staff/activities/" + activity + "/credentials/" + credential.id() + "/status").param("status", "revoked").param("reason", "x").with(csrf()));
        for (MockHttpServletRequestBuilder route : routes) {
            assertThat(mvc.perform(route.with(user(learner)).accept("text/html")).andReturn().getResponse().getStatus())
                    .as(route.toString()).isEqualTo(403);
        }
        assertThat(status(credential)).isEqualTo("valid");
        assertThat(db.fetchCount(CREDENTIAL_SETTINGS, CREDENTIAL_SETTINGS.ACTIVITY_ID.eq(activity))).isZero();
    }

    private String status(StoredCredential credential) {
        return db.select(CREDENTIAL.STATUS).from(CREDENTIAL).where(CREDENTIAL.ID.eq(credential.id())).fetchOne(CREDENTIAL.STATUS);
    }

    private Document page(String path, CampusUser staff) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(staff))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
