package campus.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import campus.CampusTest;
import campus.Fixtures;
import campus.accounts.AccountsApi;
import campus.accounts.CampusUser;
import campus.catalogue.CatalogueApi;
import campus.catalogue.CatalogueQuery;
import campus.enrolment.EnrolmentApi;
import campus.partners.internal.PartnerDetails;
import campus.partners.internal.PartnerService;
import campus.shared.FieldProblem;
import campus.shared.Modality;
import campus.shared.PageRequest;
import campus.shared.Role;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Staff open a partner's space; its administrators brand it; members join it and only they enrol in its courses. */
@CampusTest
class PartnerSpaceTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PartnerFixtures partners;
    @Autowired PartnerService service;
    @Autowired PartnersApi api;
    @Autowired AccountsApi accounts;
    @Autowired CatalogueApi catalogue;
    @Autowired EnrolmentApi enrolments;

    @Test
    void staffRecordAPartnerAndNameItsAdministrator() throws Exception {
        CampusUser staff = partners.user(fixtures.person(Role.STAFF));
        String slug = Fixtures.unique("cgt").toLowerCase();
        MockHttpServletResponse created = mvc.perform(post("/staff/partners").param("slug", slug).param("name", "Confédération A")
                .param("kind", "TRADE_UNION").param("country", "SN").param("contactEmail", "formation@a.example")
                .with(user(staff)).with(csrf())).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        PartnerView partner = api.findBySlug(slug).orElseThrow();
        assertThat(partner.name()).isEqualTo("Confédération A");
        assertThat(partner.country()).isEqualTo("SN");

        long person = fixtures.person(Role.LEARNER);
        assertThat(mvc.perform(post("/staff/partners/" + partner.id() + "/administrators").param("email", partners.email(person))
                .with(user(staff)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(api.administers(person, partner.id())).isTrue();
        assertThat(accounts.find(person).orElseThrow().roles()).contains(Role.PARTNER_ADMIN, Role.LEARNER);

        MockHttpServletResponse unknown = mvc.perform(post("/staff/partners/" + partner.id() + "/administrators")
                .param("email", "nobody@nowhere.example").header("Accept-Language", "es").with(user(staff)).with(csrf()))
                .andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(html(unknown).getElementById("admin-email-error").text())
                .isEqualTo("Ninguna cuenta tiene esta dirección de correo: la persona debe registrarse primero.");

        MockHttpServletResponse taken = mvc.perform(post("/staff/partners").param("slug", slug).param("name", "Other")
                .param("kind", "EMPLOYERS").header("Accept-Language", "fr").with(user(staff)).with(csrf())).andReturn().getResponse();
        assertThat(taken.getStatus()).isEqualTo(400);
        assertThat(html(taken).getElementById("slug-error").text()).isEqualTo("Un autre partenaire a déjà cette adresse.");
    }

    @Test
    void partnerDetailsAreChecked() {
        assertThatThrownBy(() -> service.create(new PartnerDetails("Bad Slug", "X", PartnerKind.OTHER, null, null)))
                .isInstanceOf(FieldProblem.class).extracting("field").isEqualTo("slug");
        assertThatThrownBy(() -> service.create(new PartnerDetails("admin", "X", PartnerKind.OTHER, null, null)))
                .extracting("field").isEqualTo("slug");
        assertThatThrownBy(() -> service.create(new PartnerDetails(Fixtures.unique("ok").toLowerCase(), " ", PartnerKind.OTHER, null, null)))
                .extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> service.create(new PartnerDetails(Fixtures.unique("ok").toLowerCase(), "X", PartnerKind.OTHER, "XX", null)))
                .extracting("field").isEqualTo("country");
        assertThatThrownBy(() -> service.create(new PartnerDetails(Fixtures.unique("ok").toLowerCase(), "X", PartnerKind.OTHER, null, "not-an-email")))
                .extracting("field").isEqualTo("contactEmail");
    }

    @Test
    void administratorsBrandTheirSpaceAndVisitorsSeeIt() throws Exception {
        var space = partners.space("Union of Teachers");
        CampusUser admin = partners.user(space.administrator());
        MockHttpServletResponse bad = mvc.perform(post("/p/" + space.slug() + "/admin/branding").param("primaryColour", "blue")
                .param("accentColour", "#00aa00").header("Accept-Language", "fr").with(user(admin)).with(csrf())).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(html(bad).getElementById("primaryColour-error").text())
                .isEqualTo("Indiquez une couleur sous la forme # suivi de six chiffres hexadécimaux, par exemple #1f4e79.");

        MockHttpServletResponse noLanguage = mvc.perform(post("/p/" + space.slug() + "/admin/branding").param("primaryColour", "#003366")
                .param("accentColour", "#00aa00").with(user(admin)).with(csrf())).andReturn().getResponse();
        assertThat(noLanguage.getStatus()).isEqualTo(400);
        assertThat(html(noLanguage).getElementById("languages-error").text()).isEqualTo("Choose at least one language for the space.");

        assertThat(mvc.perform(post("/p/" + space.slug() + "/admin/branding").param("primaryColour", "#003366")
                .param("accentColour", "#FFCC00").param("languages", "fr", "en").param("welcomeEn", "Welcome, teachers.")
                .param("welcomeFr", "Bienvenue aux enseignants.\n\nApprenez avec nous.").with(user(admin)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);

        Document french = html(mvc.perform(get("/p/" + space.slug()).header("Accept-Language", "fr")).andReturn().getResponse());
        assertThat(french.select(".welcome p").eachText()).containsExactly("Bienvenue aux enseignants.", "Apprenez avec nous.");
        assertThat(french.select("link[rel=stylesheet]").eachAttr("href")).contains("/p/" + space.slug() + "/theme.css");
        // Spanish is not one of the space's languages: the welcome falls back to its first language (French)
        Document spanish = html(mvc.perform(get("/p/" + space.slug()).header("Accept-Language", "es")).andReturn().getResponse());
        assertThat(spanish.select(".welcome p").first().text()).isEqualTo("Bienvenue aux enseignants.");

        String css = mvc.perform(get("/p/" + space.slug() + "/theme.css")).andReturn().getResponse().getContentAsString();
        assertThat(css).contains("background:#003366;color:#ffffff").contains("background:#ffcc00;color:#000000");
        assertThat(mvc.perform(get("/p/no-such-space")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theLogoMustBeASmallImage() throws Exception {
        var space = partners.space("Ministry of Labour");
        CampusUser admin = partners.user(space.administrator());
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        MockHttpServletResponse refused = mvc.perform(multipart("/p/" + space.slug() + "/admin/logo")
                .file(new MockMultipartFile("logo", "logo.png", "image/png", svg)).with(user(admin)).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(html(refused).getElementById("logo-error").text()).isEqualTo("The logo must be a PNG, JPEG, GIF or WebP image.");
        assertThat(mvc.perform(get("/p/" + space.slug() + "/logo")).andReturn().getResponse().getStatus()).isEqualTo(404);

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        assertThat(mvc.perform(multipart("/p/" + space.slug() + "/admin/logo").file(new MockMultipartFile("logo", "x.bin", "text/plain", png))
                .with(user(admin)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
        MockHttpServletResponse logo = mvc.perform(get("/p/" + space.slug() + "/logo")).andReturn().getResponse();
        assertThat(logo.getContentType()).isEqualTo("image/png");
        assertThat(logo.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(logo.getContentAsByteArray()).isEqualTo(png);
    }

    @Test
    void onlyMembersEnrolInTheSpacesCoursesAndTheCentresCatalogueLeavesThemOut() throws Exception {
        var space = partners.space("Dockworkers");
        long course = partners.activity(space.id(), Modality.SELF_GUIDED);
        long centreCourse = partners.activity(null, Modality.SELF_GUIDED);
        long outsider = fixtures.person(Role.LEARNER);

        MockHttpServletResponse refused = mvc.perform(post("/catalogue/" + course + "/enrol").with(user(partners.user(outsider)))
                .with(csrf()).header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(refused.getRedirectedUrl()).isEqualTo("/catalogue/" + course);
        assertThat(enrolments.ofPerson(outsider)).isEmpty();
        assertThatThrownBy(() -> enrolments.apply(course, outsider)).isInstanceOf(FieldProblem.class)
                .hasMessageContaining("partners.enrol.membersOnly");

        // the join link shows a confirmation first; a stale link says so and joins no one
        CampusUser visitor = partners.user(outsider);
        String token = service.joinToken(space.id());
        Document confirm = html(mvc.perform(get("/p/" + space.slug() + "/join/" + token).with(user(visitor))).andReturn().getResponse());
        assertThat(confirm.select("main form button").text()).isEqualTo("Join this space");
        MockHttpServletResponse stale = mvc.perform(post("/p/" + space.slug() + "/join/not-the-token").with(user(visitor)).with(csrf()))
                .andReturn().getResponse();
        assertThat(html(stale).select("h1").text()).isEqualTo("This join link is no longer valid");
        assertThat(api.isMember(outsider, space.id())).isFalse();
        assertThat(mvc.perform(get("/p/" + space.slug() + "/join/" + token).header("Accept", "text/html")).andReturn().getResponse().getStatus())
                .as("anonymous visitors sign in first").isEqualTo(302);

        assertThat(mvc.perform(post("/p/" + space.slug() + "/join/" + token).with(user(visitor)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/p/" + space.slug());
        assertThat(api.isMember(outsider, space.id())).isTrue();
        assertThat(enrolments.apply(course, outsider).activityId()).isEqualTo(course);

        Document page = html(mvc.perform(get("/p/" + space.slug()).with(user(visitor))).andReturn().getResponse());
        assertThat(page.select(".card h3 a").eachAttr("href")).containsExactly("/catalogue/" + course);
        assertThat(catalogue.search(CatalogueQuery.all(), "en", new PageRequest(1, 100)).items())
                .extracting(a -> a.id()).contains(centreCourse).doesNotContain(course);

        // a renewed link: the old one no longer joins anyone
        long late = fixtures.person(Role.LEARNER);
        service.renewJoinToken(space.id());
        assertThat(service.join(space.id(), late, token)).isFalse();
        assertThat(api.isMember(late, space.id())).isFalse();
    }

    @Test
    void aLearnerMayBelongToSeveralSpaces() throws Exception {
        var first = partners.space("Union One");
        var second = partners.space("Union Two");
        long learner = fixtures.person(Role.LEARNER);
        partners.join(first.id(), learner);
        partners.join(second.id(), learner);
        assertThat(api.spacesOf(learner)).extracting(PartnerView::id).containsExactlyInAnyOrder(first.id(), second.id());
        Document mine = html(mvc.perform(get("/my-spaces").with(user(partners.user(learner)))).andReturn().getResponse());
        assertThat(mine.select("main li a").eachText()).contains("Union One", "Union Two");
    }

    @Test
    void recommendationsAreTheCentresPublishedCoursesOnly() throws Exception {
        var space = partners.space("Recommenders");
        var other = partners.space("Others");
        long centre = partners.activity(null, Modality.SELF_GUIDED);
        long othersCourse = partners.activity(other.id(), Modality.SELF_GUIDED);
        CampusUser admin = partners.user(space.administrator());
        MockHttpServletResponse forged = mvc.perform(post("/p/" + space.slug() + "/admin/recommendations")
                .param("activity", String.valueOf(centre), String.valueOf(othersCourse)).with(user(admin)).with(csrf())).andReturn().getResponse();
        assertThat(forged.getStatus()).isEqualTo(400);
        assertThat(service.recommendations(space.id())).isEmpty();
        assertThat(mvc.perform(post("/p/" + space.slug() + "/admin/recommendations").param("activity", String.valueOf(centre))
                .with(user(admin)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
        Document page = html(mvc.perform(get("/p/" + space.slug())).andReturn().getResponse());
        assertThat(page.select(".card h3 a").eachAttr("href")).contains("/catalogue/" + centre);
    }

    private static Document html(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

}
