package campus.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campus.db.Tables.CREDENTIAL;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import campus.CampusTest;
import campus.accounts.CampusUser;
import campus.credentials.internal.StoredCredential;
import java.nio.charset.StandardCharsets;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A learner lists their credentials with every link and makes each public or private; nobody else can. */
@CampusTest
class MyCredentialsWebTest {

    @Autowired MockMvc mvc;
    @Autowired CredentialFixtures credentials;
    @Autowired DSLContext db;

    @Test
    void aLearnerSeesTheirCredentialsAndTogglesSharing() throws Exception {
        long activity = credentials.activity();
        StoredCredential credential = credentials.issued(activity);
        CampusUser learner = credentials.user(credential.personId());

        Element card = myCredentials(learner).getElementById("credential-" + credential.id());
        assertThat(card).isNotNull();
        assertThat(card.select("h2").text()).isEqualTo(credential.title());
        assertThat(card.select(".meta").text()).startsWith("Certificate of achievement ·");
        assertThat(card.select(".status").text()).isEqualTo("Status: Valid");
        assertThat(card.select("a").eachAttr("href")).contains("/credentials/" + credential.id(),
                "/credentials/" + credential.id() + "/credential.json", "/credentials/" + credential.id() + "/certificate.pdf");
        assertThat(card.select("a[href^=https://www.linkedin.com/profile/add]")).hasSize(1);
        assertThat(card.text()).contains("Visibility: public");
        assertThat(card.select("form button").text()).isEqualTo("Make private");

        mvc.perform(post("/my-credentials/" + credential.id() + "/sharing").param("shared", "false").with(user(learner)).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/my-credentials#credential-" + credential.id()));
        assertThat(shared(credential)).isFalse();
        Element hidden = myCredentials(learner).getElementById("credential-" + credential.id());
        assertThat(hidden.text()).contains("Visibility: private");
        assertThat(hidden.select("form button").text()).isEqualTo("Make public");
        assertThat(mvc.perform(get("/credentials/" + credential.id())).andReturn().getResponse().getStatus()).isEqualTo(404);

        mvc.perform(post("/my-credentials/" + credential.id() + "/sharing").param("shared", "true").with(user(learner)).with(csrf()));
        assertThat(shared(credential)).isTrue();
        assertThat(mvc.perform(get("/credentials/" + credential.id())).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void anotherLearnersCredentialIsNotFoundAndAFormWithoutCsrfIsRefused() throws Exception {
        StoredCredential credential = credentials.issued();
        CampusUser someoneElse = credentials.newUser(campus.shared.Role.LEARNER);
        assertThat(mvc.perform(post("/my-credentials/" + credential.id() + "/sharing").param("shared", "false")
                .with(user(someoneElse)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/my-credentials/not-an-id/sharing").param("shared", "false")
                .with(user(someoneElse)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(shared(credential)).isTrue();
        assertThat(myCredentials(someoneElse).select("ul.cards li")).isEmpty();

        assertThat(mvc.perform(post("/my-credentials/" + credential.id() + "/sharing").param("shared", "false")
                .with(user(credentials.user(credential.personId())))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(shared(credential)).isTrue();
        // and without signing in, the page sends to sign-in
        assertThat(mvc.perform(get("/my-credentials").accept("text/html")).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void myLearningLinksACompletedActivityToItsCertificate() throws Exception {
        StoredCredential credential = credentials.issued();
        Document page = Jsoup.parse(mvc.perform(get("/my-learning").with(user(credentials.user(credential.personId()))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("a:contains(View your certificate)").attr("href"))
                .isEqualTo("http://localhost:8080/credentials/" + credential.id());
        assertThat(page.select("header nav a[href=/my-credentials]").text()).isEqualTo("My credentials");
    }

    private Document myCredentials(CampusUser learner) throws Exception {
        return Jsoup.parse(mvc.perform(get("/my-credentials").with(user(learner))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private boolean shared(StoredCredential credential) {
        return db.select(CREDENTIAL.SHARED).from(CREDENTIAL).where(CREDENTIAL.ID.eq(credential.id())).fetchOne(CREDENTIAL.SHARED);
    }
}
