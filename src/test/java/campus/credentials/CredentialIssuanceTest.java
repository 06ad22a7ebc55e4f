package campus.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.campus.db.Tables.CREDENTIAL;
import static org.campus.db.Tables.RESULTS_CREDENTIAL;

import campus.CampusTest;
import campus.Fixtures;
import campus.credentials.internal.CredentialVerifier;
import campus.credentials.internal.Credentials;
import campus.credentials.internal.Issuer;
import campus.credentials.internal.IssuerProfile;
import campus.credentials.internal.StatusChanges;
import campus.credentials.internal.StoredCredential;
import campus.credentials.internal.Verification;
import campus.enrolment.EnrolmentApi;
import campus.keys.KeyPurpose;
import campus.keys.KeysApi;
import campus.ledger.LedgerApi;
import campus.shared.FieldProblem;
import campus.shared.Modality;
import campus.shared.Role;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Credentials issued on completion and in bulk verify — with the platform's verifier and with the
 * reference JavaScript verifier and the OB 3.0 schema — and stop verifying when anything changes,
 * when revoked or suspended, and never depend on a key that was rotated away.
 */
@CampusTest
class CredentialIssuanceTest {

    @Autowired Fixtures fixtures;
    @Autowired EnrolmentApi enrolments;
    @Autowired Credentials credentials;
    @Autowired CredentialVerifier verifier;
    @Autowired StatusChanges statuses;
    @Autowired Issuer issuer;
    @Autowired KeysApi keys;
    @Autowired LedgerApi ledger;
    @Autowired DSLContext db;

    @Test
    void completionIssuesACredentialThatVerifiesEverywhere() throws Exception {
        long enrolment = completed(activity());
        StoredCredential credential = awaitCredential(enrolment);
        ledger.checkpointNow();
        Verification checked = verifier.verifyStored(credential.id()).orElseThrow();
        assertThat(checked.checks()).extracting(c -> c.name() + "=" + c.outcome())
                .containsExactly("signature=PASSED", "issuer=PASSED", "dates=PASSED", "status=PASSED", "log=PASSED");
        assertThat(checked.verified()).isTrue();

        // the same credential with the reference JavaScript verifier and the 1EdTech schema
        ReferenceVerifier.require();
        JsonObject result = reference(List.of(json(credential.document())));
        assertThat(result.getJsonArray("results").getJsonObject(0).getBoolean("verified")).as(result.toString()).isTrue();
        assertThat(result.getJsonArray("results").getJsonObject(0).getBoolean("schemaValid")).as(result.toString()).isTrue();

        // the read model counts it for the report
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(RESULTS_CREDENTIAL,
                RESULTS_CREDENTIAL.ID.eq("campus:credential:" + credential.id())));
    }

    @Test
    void aOneCharacterChangeAnywhereFailsVerification() {
        StoredCredential credential = awaitCredential(completed(activity()));
        ledger.checkpointNow();
        String document = credential.document();
        int failed = 0;
        for (int i = 0; i < document.length(); i++) {
            char c = document.charAt(i);
            char other = Character.isDigit(c) ? (char) ('0' + (c - '0' + 1) % 10)
                    : Character.isLetter(c) ? (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c))
                    : c == 'x' ? 'y' : 'x';
            if (Character.toLowerCase(c) == Character.toUpperCase(c) && Character.isLetter(c)) {
                other = 'x';
            }
            String changed = document.substring(0, i) + other + document.substring(i + 1);
            JsonObject parsed;
            try {
                parsed = json(changed);
            } catch (RuntimeException notJson) {
                failed++;
                continue;
            }
            Verification result = verifier.verify(parsed);
            assertThat(result.verified()).as("changed character %d (%s→%s) in …%s… %s", i, c, other,
                    document.substring(Math.max(0, i - 40), Math.min(document.length(), i + 20)), result).isFalse();
            failed++;
        }
        assertThat(failed).isEqualTo(document.length());
    }

    @Test
    void revokedAndSuspendedCredentialsFailWithTheirReason() throws Exception {
        long activity = activity();
        StoredCredential first = awaitCredential(completed(activity));
        StoredCredential second = awaitCredential(completed(activity));
        long staff = fixtures.person(Role.STAFF);
        statuses.change(first.id(), "revoked", "Issued by mistake: the learner did not attend.", staff);
        statuses.change(second.id(), "suspended", "Under review after a complaint.", staff);

        Verification revoked = verifier.verifyStored(first.id()).orElseThrow();
        assertThat(revoked.verified()).isFalse();
        assertThat(check(revoked, "status").messageKey()).isEqualTo("credential.check.status.revoked");
        assertThat(check(revoked, "status").arguments()).contains("Issued by mistake: the learner did not attend.");
        Verification suspended = verifier.verifyStored(second.id()).orElseThrow();
        assertThat(check(suspended, "status").messageKey()).isEqualTo("credential.check.status.suspended");

        // revocation is final; a suspension can be lifted
        assertThatThrownBy(() -> statuses.change(first.id(), "valid", "Sorry", staff)).isInstanceOf(FieldProblem.class);
        assertThatThrownBy(() -> statuses.change(second.id(), "suspended", "again", staff)).isInstanceOf(FieldProblem.class);
        assertThatThrownBy(() -> statuses.change(second.id(), "valid", "  ", staff))
                .isInstanceOf(FieldProblem.class).hasMessageContaining("reason");
        statuses.change(second.id(), "valid", "Review found no problem.", staff);
        assertThat(check(verifier.verifyStored(second.id()).orElseThrow(), "status").outcome())
                .isEqualTo(Verification.Outcome.PASSED);
    }

    @Test
    void bulkIssueForAnActivityCoversEveryCompletedLearnerOnce() {
        long activity = fixtures.activity(Modality.FACE_TO_FACE, 20, false, "en", LocalDate.now().plusDays(20));
        // switched off, then on again: the listener issues nothing while off
        db.insertInto(org.campus.db.Tables.CREDENTIAL_SETTINGS).set(org.campus.db.Tables.CREDENTIAL_SETTINGS.ACTIVITY_ID, activity)
                .set(org.campus.db.Tables.CREDENTIAL_SETTINGS.KIND, "none").execute();
        List<Long> done = List.of(completed(activity), completed(activity), completed(activity));
        // let the completion listener see "none" for each of them before switching credentials on again
        done.forEach(this::awaitCompletionHandled);
        assertThat(credentials.issueForActivity(activity)).isZero();
        db.update(org.campus.db.Tables.CREDENTIAL_SETTINGS).set(org.campus.db.Tables.CREDENTIAL_SETTINGS.KIND, "participation")
                .where(org.campus.db.Tables.CREDENTIAL_SETTINGS.ACTIVITY_ID.eq(activity)).execute();
        assertThat(credentials.issueForActivity(activity)).isEqualTo(3);
        assertThat(credentials.issueForActivity(activity)).isZero();
        Map<Long, String> kinds = db.select(CREDENTIAL.ENROLMENT_ID, CREDENTIAL.KIND).from(CREDENTIAL)
                .where(CREDENTIAL.ACTIVITY_ID.eq(activity)).fetchMap(CREDENTIAL.ENROLMENT_ID, CREDENTIAL.KIND);
        assertThat(kinds).containsOnlyKeys(done).containsValues("participation");
    }

    @Test
    void credentialsSignedBeforeAKeyRotationStillVerify() throws Exception {
        long activity = activity();
        StoredCredential before = awaitCredential(completed(activity));
        keys.rotate(KeyPurpose.ISSUER);
        StoredCredential after = awaitCredential(completed(activity));
        ledger.checkpointNow();
        assertThat(verifier.verifyStored(before.id()).orElseThrow().verified()).isTrue();
        assertThat(verifier.verifyStored(after.id()).orElseThrow().verified()).isTrue();
        assertThat(json(before.document()).getJsonArray("proof").getJsonObject(0).getString("verificationMethod"))
                .isNotEqualTo(json(after.document()).getJsonArray("proof").getJsonObject(0).getString("verificationMethod"));
        ReferenceVerifier.require();
        JsonObject result = reference(List.of(json(before.document()), json(after.document())));
        assertThat(result.getJsonArray("results").getValuesAs(JsonObject.class))
                .allSatisfy(r -> assertThat(r.getBoolean("verified")).as(result.toString()).isTrue());
    }

    private JsonObject reference(List<JsonObject> credentialsToCheck) throws Exception {
        JsonObject controller = issuer.profile().controllerDocument(keys.all(KeyPurpose.ISSUER).stream()
                .map(k -> new IssuerProfile.Key(k.keyId(), k.publicKeyMultibase())).toList());
        var list = Json.createArrayBuilder();
        credentialsToCheck.forEach(list::add);
        String input = Json.createObjectBuilder().add("credentials", list)
                .add("documents", Json.createObjectBuilder().add(issuer.profile().id(), controller)).build().toString();
        return json(ReferenceVerifier.verify(input));
    }

    private static Verification.Check check(Verification v, String name) {
        return v.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private long activity() {
        return fixtures.activity(Modality.SELF_GUIDED, null, false, "en", LocalDate.now().minusDays(20));
    }

    private long completed(long activity) {
        long enrolment = enrolments.apply(activity, fixtures.person()).id();
        enrolments.complete(enrolment);
        return enrolment;
    }

    /** Until the credentials module's completion listener has handled the enrolment's completion event. */
    private void awaitCompletionHandled(long enrolment) {
        var mine = org.jooq.impl.DSL.field("listener_id", String.class).like("%CompletionCredentials%")
                .and(org.jooq.impl.DSL.field("serialized_event", String.class).like("%\"enrolmentId\":" + enrolment + ",%\"status\":\"completed\"%"));
        var publications = org.jooq.impl.DSL.table("event_publication");
        // the publication is written with the completion; completed ones are kept with their completion date
        assertThat(db.fetchCount(publications, mine)).as("completion event of enrolment %d", enrolment).isEqualTo(1);
        await().atMost(Duration.ofSeconds(15)).until(() ->
                db.fetchCount(publications, mine.and(org.jooq.impl.DSL.field("completion_date").isNull())) == 0);
    }

    private StoredCredential awaitCredential(long enrolment) {
        await().atMost(Duration.ofSeconds(15)).until(() -> db.fetchExists(CREDENTIAL, CREDENTIAL.ENROLMENT_ID.eq(enrolment)));
        return credentials.issueFor(enrolment).orElseThrow();
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

}
