package campus.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import campus.CampusTest;
import campus.Fixtures;
import campus.catalogue.ActivityDraft;
import campus.catalogue.ActivityStatus;
import campus.catalogue.ActivityText;
import campus.catalogue.CatalogueApi;
import campus.credentials.internal.CertificatePdf;
import campus.credentials.internal.CredentialCard;
import campus.credentials.internal.CredentialVerifier;
import campus.credentials.internal.Issuer;
import campus.credentials.internal.IssuerProfile;
import campus.credentials.internal.StoredCredential;
import campus.keys.KeyPurpose;
import campus.keys.KeysApi;
import campus.partners.PartnerKind;
import campus.partners.internal.PartnerDetails;
import campus.partners.internal.PartnerService;
import campus.shared.ActivityKind;
import campus.shared.Modality;
import campus.shared.TechnicalArea;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A credential for an activity offered with a partner names the partner (as the achievement's creator,
 * with its space's address, and in the description), stays valid for the platform's and the reference
 * verifier and the OB 3.0 schema, and shows the partner on its page and certificate; a Centre activity's
 * credential names no partner.
 */
@CampusTest
class PartnerCredentialsTest {

    @Autowired Fixtures fixtures;
    @Autowired CredentialFixtures credentials;
    @Autowired PartnerService partners;
    @Autowired CatalogueApi catalogue;
    @Autowired CredentialVerifier verifier;
    @Autowired CertificatePdf certificates;
    @Autowired Issuer issuer;
    @Autowired KeysApi keys;
    @Autowired MockMvc mvc;

    @Test
    void aPartnerActivitysCredentialNamesThePartnerAndACentreActivitysDoesNot() throws Exception {
        String slug = Fixtures.unique("cred").toLowerCase();
        long partner = partners.create(new PartnerDetails(slug, "Union of Textile Workers", PartnerKind.TRADE_UNION, "KE", null));
        long activity = partnerActivity(partner);
        long learner = fixtures.person();
        partners.join(partner, learner, partners.joinToken(partner));

        StoredCredential offered = credentials.issuedTo(activity, learner);
        JsonObject achievement = json(offered.document()).getJsonObject("credentialSubject").getJsonObject("achievement");
        JsonObject creator = achievement.getJsonObject("creator");
        assertThat(creator.getString("name")).isEqualTo("Union of Textile Workers");
        assertThat(creator.getString("id")).isEqualTo("http://localhost:8080/p/" + slug);
        assertThat(creator.getJsonArray("type").getString(0)).isEqualTo("Profile");
        assertThat(achievement.getString("description")).endsWith("Offered with Union of Textile Workers.");
        assertThat(json(offered.document()).getJsonObject("issuer").getString("id")).isEqualTo(issuer.profile().id());
        assertThat(verifier.verifyStored(offered.id()).orElseThrow().verified()).isTrue();

        StoredCredential centre = credentials.issued();
        String centreDocument = centre.document();
        assertThat(centreDocument).doesNotContain("Union of Textile Workers").doesNotContain("/p/");
        assertThat(json(centreDocument).getJsonObject("credentialSubject").getJsonObject("achievement")
                .getJsonObject("creator").getString("id")).isEqualTo(issuer.profile().id());
        assertThat(CredentialCard.of(centre).partnerName()).isNull();

        // the public page and the printable certificate show the partner
        String page = mvc.perform(get("/credentials/" + offered.id()).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(credentials.user(learner))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Offered with").contains("<dd id=\"partner\">Union of Textile Workers</dd>");
        try (PDDocument pdf = Loader.loadPDF(certificates.render(CredentialCard.of(offered)))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Offered with Union of Textile Workers");
        }

        // the achievement served at its id says the same
        String served = mvc.perform(get(achievement.getString("id").replace("http://localhost:8080", "")))
                .andReturn().getResponse().getContentAsString();
        assertThat(json(served).getJsonObject("creator").getString("name")).isEqualTo("Union of Textile Workers");

        // the reference verifier and the 1EdTech schema accept both
        ReferenceVerifier.require();
        JsonObject controller = issuer.profile().controllerDocument(keys.all(KeyPurpose.ISSUER).stream()
                .map(k -> new IssuerProfile.Key(k.keyId(), k.publicKeyMultibase())).toList());
        JsonObject result = json(ReferenceVerifier.verify(Json.createObjectBuilder()
                .add("credentials", Json.createArrayBuilder().add(json(offered.document())).add(json(centreDocument)))
                .add("documents", Json.createObjectBuilder().add(issuer.profile().id(), controller)).build().toString()));
        for (JsonObject r : result.getJsonArray("results").getValuesAs(JsonObject.class)) {
            assertThat(r.getBoolean("verified")).as(result.toString()).isTrue();
            assertThat(r.getBoolean("schemaValid")).as(result.toString()).isTrue();
        }
    }

    private long partnerActivity(long partner) {
        String code = Fixtures.unique("PC");
        LocalDate start = LocalDate.now().minusDays(20);
        long id = catalogue.create(new ActivityDraft(code, Modality.SELF_GUIDED, ActivityKind.TRAINING, TechnicalArea.SOCIAL_DIALOGUE,
                "en", start, null, null, null, null, false, partner,
                Map.of("en", new ActivityText("Organising in the textile sector", "Self-guided course."))));
        catalogue.changeStatus(id, ActivityStatus.PUBLISHED);
        return id;
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
