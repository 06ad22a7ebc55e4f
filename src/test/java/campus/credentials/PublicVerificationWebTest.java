package campus.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import campus.CampusTest;
import campus.credentials.internal.StatusChanges;
import campus.credentials.internal.StoredCredential;
import campus.shared.Role;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public face of a credential: its page in the reader's language with every check, the same as
 * JSON, the download equal to the credential as issued, verification of a submitted credential (and
 * clear 400s for what cannot be one), revocation shown with its reason, and private or unknown
 * credentials answered alike with 404.
 */
@CampusTest
class PublicVerificationWebTest {

    static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    @Autowired MockMvc mvc;
    @Autowired CredentialFixtures credentials;
    @Autowired StatusChanges statuses;
    @Autowired campus.Fixtures fixtures;

    StoredCredential credential;

    @BeforeEach
    void issue() {
        credential = credentials.issued();
    }

    @Test
    void thePageShowsEveryCheckInTheReadersLanguage() throws Exception {
        var anonymous = mvc.perform(get("/credentials/" + credential.id() + "?lang=en").accept(MediaType.TEXT_HTML)).andReturn();
        // light for anonymous readers: no session, no CSRF token (the holder check is a GET form)
        assertThat(anonymous.getRequest().getSession(false)).isNull();
        assertThat(anonymous.getResponse().getContentAsString()).doesNotContain("_csrf");
        Document english = page("/credentials/" + credential.id() + "?lang=en");
        assertThat(english.select("h1").text()).isEqualTo("Certificate of achievement: " + credential.title());
        assertThat(english.select(".verdict").text()).isEqualTo("Verified: every check passed.");
        assertThat(english.select("ul.checks li").eachText()).containsExactly(
                "✓ Passed Signature The signature is valid (issuer key " + keyId() + ").",
                "✓ Passed Issuer Issued by Campus Training Centre.",
                "✓ Passed Validity dates Valid since " + validFrom() + ".",
                "✓ Passed Status Neither revoked nor suspended.",
                "✓ Passed Transparency log Recorded in the public transparency log (entry " + credential.logIndex()
                        + ", included in the checkpoint of " + treeSizeIn(english) + " entries).");
        assertThat(english.select("ul.checks li span[aria-hidden=true]")).hasSize(5);
        assertThat(english.select("a[href$=credential.json]").text()).isEqualTo("Download the credential (JSON)");
        assertThat(english.select("a[href$=certificate.pdf]").text()).isEqualTo("Printable certificate (PDF, A4)");
        String linkedIn = english.select("a:contains(Add to LinkedIn profile)").attr("href");
        assertThat(linkedIn).startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=Certificate%20of%20achievement%3A%20Title%20")
                .contains("&organizationName=Campus%20Training%20Centre&issueYear=" + validFrom().substring(0, 4))
                .contains("&certUrl=http%3A%2F%2Flocalhost%3A8080%2Fcredentials%2F" + credential.id())
                .endsWith("&certId=" + credential.id());
        assertThat(english.select("a[href=http://localhost:8080/credentials/issuer]")).hasSize(1);
        assertThat(english.select("a[href=http://localhost:8080/credentials/status/0]")).hasSize(1);
        assertThat(english.select("a[href=/log/checkpoint]")).hasSize(1);
        assertThat(english.select("a[href=/api/log/proof/inclusion?index=" + credential.logIndex() + "]")).hasSize(1);
        // no personal data: the learner's email or name appears nowhere on the page
        assertThat(english.html()).doesNotContain(credentials.email(credential.personId())).doesNotContain("Test Person");

        Document french = page("/credentials/" + credential.id() + "?lang=fr");
        assertThat(french.select("html").attr("lang")).isEqualTo("fr");
        assertThat(french.select(".verdict").text()).isEqualTo("Vérifié : toutes les vérifications ont réussi.");
        List<String> checks = french.select("ul.checks li").eachText();
        assertThat(checks.subList(0, 4)).containsExactly(
                "✓ Réussi Signature La signature est valide (clé de l'émetteur " + keyId() + ").",
                "✓ Réussi Émetteur Émis par Campus Training Centre.",
                "✓ Réussi Dates de validité Valide depuis le " + validFrom() + ".",
                "✓ Réussi Statut Ni révoqué ni suspendu.");
        assertThat(checks.get(4)).startsWith("✓ Réussi Journal de transparence Inscrit dans le journal public de transparence (entrée "
                + credential.logIndex() + ", incluse dans le point de contrôle de ");
    }

    @Test
    void theAchievementIdInsideACredentialLeadsToTheAchievement() throws Exception {
        String id = campus.credentials.internal.proof.JsonDocuments.parse(credential.document())
                .getJsonObject("credentialSubject").getJsonObject("achievement").getString("id");
        String path = java.net.URI.create(id).getPath();
        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(jsonPath("$.type[0]").value("Achievement"))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.criteria.narrative").isNotEmpty());
        mvc.perform(get("/credentials/achievements/999999999-achievement")).andExpect(status().isNotFound());
        mvc.perform(get("/credentials/achievements/x-y")).andExpect(status().isNotFound());
        mvc.perform(get(path.replace("-achievement", "-diploma"))).andExpect(status().isNotFound());
    }

    @Test
    void theHolderEmailCanBeCheckedAgainstTheHash() throws Exception {
        String email = credentials.email(credential.personId());
        assertThat(page("/credentials/" + credential.id() + "?email=" + email.toUpperCase()).select("[role=status]").text())
                .isEqualTo("Yes: this credential was issued to this email address.");
        assertThat(page("/credentials/" + credential.id() + "?email=someone@else.example").select("[role=status]").text())
                .isEqualTo("No: this credential was not issued to this email address.");
    }

    @Test
    void theJsonVerificationSaysTheSameInTheCallersLanguage() throws Exception {
        JsonObject english = json(mvc.perform(get("/api/credentials/" + credential.id() + "/verification")
                .header("Accept-Language", "en")).andReturn().getResponse(), 200);
        assertThat(english.getString("credentialId")).isEqualTo(credential.id());
        assertThat(english.getBoolean("verified")).isTrue();
        assertThat(english.getJsonArray("checks").getValuesAs(JsonObject.class)).extracting(c -> c.getString("name") + "="
                + c.getString("outcome")).containsExactly("signature=passed", "issuer=passed", "dates=passed", "status=passed", "log=passed");
        assertThat(english.getJsonArray("checks").getJsonObject(3).getString("message")).isEqualTo("Neither revoked nor suspended.");
        JsonObject spanish = json(mvc.perform(get("/api/credentials/" + credential.id() + "/verification")
                .header("Accept-Language", "es")).andReturn().getResponse(), 200);
        assertThat(spanish.getJsonArray("checks").getJsonObject(3).getString("message")).isEqualTo("Ni revocado ni suspendido.");
        JsonObject french = json(mvc.perform(get("/api/credentials/" + credential.id() + "/verification?lang=fr"))
                .andReturn().getResponse(), 200);
        assertThat(french.getJsonArray("checks").getJsonObject(1).getString("message")).startsWith("Émis par");
    }

    @Test
    void theDownloadIsTheCredentialAsIssued() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/credentials/" + credential.id() + "/credential.json"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/vc");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"credential-" + credential.id() + ".json\"");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(credential.document());
    }

    @Test
    void aSubmittedCredentialIsVerifiedAndAChangedOneIsNot() throws Exception {
        JsonObject verified = json(submit(credential.document()), 200);
        assertThat(verified.getBoolean("verified")).isTrue();

        String name = json(credential.document()).getString("name");
        String changed = credential.document().replace(name, name.substring(0, name.length() - 1)
                + (char) (name.charAt(name.length() - 1) + 1));
        JsonObject failed = json(submit(changed), 200);
        assertThat(failed.getBoolean("verified")).isFalse();
        assertThat(failed.getJsonArray("checks").getValuesAs(JsonObject.class))
                .anySatisfy(c -> assertThat(c.getString("name") + "=" + c.getString("outcome")).isEqualTo("signature=failed"));
    }

    @Test
    void aSubmissionThatCannotBeACredentialIsA400NamingWhatIsWrong() throws Exception {
        JsonObject document = json(credential.document());
        JsonObject proof = document.getJsonArray("proof").getJsonObject(0);
        record Bad(String body, String field, String detail) {
        }
        List<Bad> bad = List.of(
                new Bad("", "body", "Send the credential as the request body (JSON)."),
                new Bad("{\"id\": }", "body", "The body is not valid JSON (line 1, column "),
                new Bad("[1, 2]", "body", "The body must be one JSON object: the credential."),
                new Bad("\"credential\"", "body", "The body must be one JSON object: the credential."),
                new Bad(Json.createObjectBuilder(document).remove("proof").build().toString(), "proof",
                        "The credential has no proof: there is nothing to verify."),
                new Bad(Json.createObjectBuilder(document).add("proof", "z123").build().toString(), "proof",
                        "The proof must be one proof object (or an array holding one)."),
                new Bad(withProof(document, Json.createObjectBuilder(proof).remove("proofValue").build()), "proof.proofValue",
                        "The proof has no proofValue."),
                new Bad(withProof(document, Json.createObjectBuilder(proof).add("proofValue", "u" + proof.getString("proofValue")
                        .substring(1)).build()), "proof.proofValue", malformed()),
                new Bad(withProof(document, Json.createObjectBuilder(proof).add("proofValue", proof.getString("proofValue")
                        .replace(proof.getString("proofValue").charAt(5), '0')).build()), "proof.proofValue", malformed()),
                new Bad(withProof(document, Json.createObjectBuilder(proof).add("proofValue", "z3mJ").build()),
                        "proof.proofValue", malformed()));
        for (Bad b : bad) {
            MockHttpServletResponse response = submit(b.body());
            assertThat(response.getStatus()).as(b.body()).isEqualTo(400);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            JsonObject problem = json(response.getContentAsString(StandardCharsets.UTF_8));
            assertThat(problem.getString("detail")).as(b.body()).startsWith(b.detail());
            assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(b.field());
        }
        // in the caller's language too
        MockHttpServletResponse french = mvc.perform(post("/api/credentials/verify").content("[]")
                .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "fr")).andReturn().getResponse();
        assertThat(json(french.getContentAsString(StandardCharsets.UTF_8)).getString("detail"))
                .isEqualTo("Le corps doit être un seul objet JSON : le certificat.");
        // a body over the limit is refused without reading it all
        MockHttpServletResponse large = submit("{\"x\": \"" + "a".repeat(300 * 1024) + "\"}");
        assertThat(large.getStatus()).isEqualTo(413);
    }

    @Test
    void anyMemberOfAnyTypeIsAnAnswerNeverA500() throws Exception {
        JsonObject document = json(credential.document());
        JsonObject proof = document.getJsonArray("proof").getJsonObject(0);
        List<jakarta.json.JsonValue> values = List.of(jakarta.json.JsonValue.NULL, jakarta.json.JsonValue.TRUE,
                Json.createValue(-1), Json.createValue("https://evil.example/context"), jakarta.json.JsonValue.EMPTY_JSON_ARRAY,
                jakarta.json.JsonValue.EMPTY_JSON_OBJECT, Json.createObjectBuilder().add("@id", "_:b0").build());
        List<String> bodies = new java.util.ArrayList<>();
        for (String member : document.keySet()) {
            for (jakarta.json.JsonValue value : values) {
                bodies.add(Json.createObjectBuilder(document).add(member, value).build().toString());
            }
        }
        for (String member : proof.keySet()) {
            for (jakarta.json.JsonValue value : values) {
                bodies.add(withProof(document, Json.createObjectBuilder(proof).add(member, value).build()));
            }
        }
        for (String body : bodies) {
            MockHttpServletResponse response = submit(body);
            assertThat(response.getStatus()).as(body).isIn(200, 400);
            if (response.getStatus() == 200) {
                assertThat(json(response.getContentAsString(StandardCharsets.UTF_8)).getBoolean("verified")).as(body).isFalse();
            }
        }
    }

    @Test
    void aRevokedCredentialsPageSaysSoWithTheReason() throws Exception {
        statuses.change(credential.id(), "revoked", "Issued by mistake: the final test was never taken.", fixtures.person(Role.STAFF));
        Document page = page("/credentials/" + credential.id());
        assertThat(page.select(".verdict").text()).isEqualTo("Not verified: at least one check failed (see below).");
        assertThat(page.select("ul.checks li").eachText()).anySatisfy(t -> assertThat(t)
                .startsWith("✗ Failed Status Revoked on ").endsWith(": Issued by mistake: the final test was never taken."));
        assertThat(page.select("dl.facts").text()).contains("Revoked: Issued by mistake: the final test was never taken.");
        JsonObject api = json(mvc.perform(get("/api/credentials/" + credential.id() + "/verification")).andReturn().getResponse(), 200);
        assertThat(api.getBoolean("verified")).isFalse();
    }

    @Test
    void privateUnknownAndMalformedIdsAreTheSameNotFound() throws Exception {
        StoredCredential hidden = credentials.issued();
        mvc.perform(post("/my-credentials/" + hidden.id() + "/sharing").param("shared", "false")
                .with(user(credentials.user(hidden.personId())))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
        var anotherLearner = credentials.newUser(Role.LEARNER);
        for (String suffix : List.of("", "/credential.json", "/certificate.pdf")) {
            String privatePage = body(get("/credentials/" + hidden.id() + suffix), 404);
            assertThat(body(get("/credentials/" + hidden.id() + suffix).with(user(anotherLearner)), 404)).isEqualTo(privatePage);
            assertThat(body(get("/credentials/" + UNKNOWN + suffix), 404)).isEqualTo(privatePage);
            assertThat(body(get("/credentials/not-a-credential" + suffix), 404)).isEqualTo(privatePage);
            assertThat(body(get("/credentials/" + hidden.id().toUpperCase() + suffix), 404)).isEqualTo(privatePage);
            // its holder still sees it
            body(get("/credentials/" + hidden.id() + suffix).with(user(credentials.user(hidden.personId()))), 200);
        }
        // the problem document names the address asked for (instance), and nothing else differs
        JsonObject privateProblem = withoutInstance(body(get("/api/credentials/" + hidden.id() + "/verification"), 404));
        assertThat(withoutInstance(body(get("/api/credentials/" + UNKNOWN + "/verification"), 404))).isEqualTo(privateProblem);
        assertThat(withoutInstance(body(get("/api/credentials/x'or'1'='1/verification"), 404))).isEqualTo(privateProblem);
        assertThat(privateProblem.getInt("status")).isEqualTo(404);
        Document own = Jsoup.parse(body(get("/credentials/" + hidden.id()).with(user(credentials.user(hidden.personId()))), 200));
        assertThat(own.select(".notice").text()).startsWith("This credential is private");
    }

    @Test
    void theIssuerDocumentAndStatusListsArePublic() throws Exception {
        MockHttpServletResponse issuer = mvc.perform(get("/credentials/issuer")).andReturn().getResponse();
        assertThat(issuer.getStatus()).isEqualTo(200);
        assertThat(issuer.getContentType()).startsWith("application/json");
        JsonObject document = json(issuer.getContentAsString(StandardCharsets.UTF_8));
        assertThat(document.getString("id")).isEqualTo("http://localhost:8080/credentials/issuer");
        assertThat(document.getString("name")).isEqualTo("Campus Training Centre");
        assertThat(document.getJsonArray("assertionMethod").getValuesAs(JsonObject.class))
                .anySatisfy(m -> assertThat(m.getString("id")).endsWith("#" + keyId()));
        // valid JSON-LD: the OB context that defines Profile, name and url sits with the DID and Multikey contexts
        assertThat(campus.credentials.internal.proof.Canonicalizer.canonicalize(document))
                .contains("<https://purl.imsglobal.org/spec/vc/ob/vocab.html#Profile>");

        MockHttpServletResponse list = mvc.perform(get("/credentials/status/0")).andReturn().getResponse();
        assertThat(list.getStatus()).isEqualTo(200);
        JsonObject statusList = json(list.getContentAsString(StandardCharsets.UTF_8));
        assertThat(statusList.getString("id")).isEqualTo("http://localhost:8080/credentials/status/0");
        assertThat(statusList.getJsonArray("type").getString(1)).isEqualTo("BitstringStatusListCredential");
        for (String beyond : List.of("1", "99999999999", "-1", "x")) {
            MockHttpServletResponse missing = mvc.perform(get("/credentials/status/" + beyond)).andReturn().getResponse();
            assertThat(missing.getStatus()).as(beyond).isEqualTo(404);
            assertThat(missing.getContentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void theReferenceVerifierAcceptsTheDownloadWithTheDocumentsTheIssuerServes() throws Exception {
        ReferenceVerifier.require();
        String download = body(get("/credentials/" + credential.id() + "/credential.json"), 200);
        String input = Json.createObjectBuilder()
                .add("credentials", Json.createArrayBuilder().add(json(download)))
                .add("documents", Json.createObjectBuilder()
                        .add("http://localhost:8080/credentials/issuer", json(body(get("/credentials/issuer"), 200)))
                        .add("http://localhost:8080/credentials/status/0", json(body(get("/credentials/status/0"), 200))))
                .build().toString();
        JsonObject result = json(ReferenceVerifier.verify(input)).getJsonArray("results").getJsonObject(0);
        assertThat(result.getBoolean("verified")).as(result.toString()).isTrue();
        assertThat(result.getBoolean("schemaValid")).as(result.toString()).isTrue();
    }

    private static JsonObject withoutInstance(String problem) {
        return Json.createObjectBuilder(json(problem)).remove("instance").build();
    }

    private static String malformed() {
        return "The proofValue must be an Ed25519 signature in multibase base58btc (a \"z\" followed by 64 bytes in base58).";
    }

    private static String withProof(JsonObject document, JsonObject proof) {
        return Json.createObjectBuilder(document).add("proof", Json.createArrayBuilder().add(proof)).build().toString();
    }

    private MockHttpServletResponse submit(String body) throws Exception {
        // no session, no CSRF token: a machine posting a credential it holds
        return mvc.perform(post("/api/credentials/verify").content(body).contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")).andReturn().getResponse();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(body(get(path).accept(MediaType.TEXT_HTML).header("Accept-Language", "en"), 200));
    }

    private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(status);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String keyId() {
        String method = json(credential.document()).getJsonArray("proof").getJsonObject(0).getString("verificationMethod");
        return method.substring(method.indexOf('#') + 1);
    }

    private String validFrom() {
        return json(credential.document()).getString("validFrom");
    }

    private static String treeSizeIn(Document page) {
        String text = page.select("ul.checks li").last().text();
        return text.substring(text.indexOf("checkpoint of ") + "checkpoint of ".length(), text.indexOf(" entries"));
    }

    private static JsonObject json(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return json(response.getContentAsString(StandardCharsets.UTF_8));
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
