package campus.bench;

import static org.campus.db.Tables.ENROLMENT;
import static org.campus.db.Tables.PERSON;

import campus.CampusApplication;
import campus.catalogue.ActivityDraft;
import campus.catalogue.ActivityText;
import campus.catalogue.CatalogueApi;
import campus.credentials.internal.Award;
import campus.credentials.internal.AwardText;
import campus.credentials.internal.CredentialIssuer;
import campus.credentials.internal.CredentialKind;
import campus.credentials.internal.CredentialVerifier;
import campus.credentials.internal.IdentityHash;
import campus.credentials.internal.StoredCredential;
import campus.credentials.internal.proof.JsonDocuments;
import campus.ledger.LedgerApi;
import campus.shared.ActivityKind;
import campus.shared.Modality;
import campus.shared.TechnicalArea;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issues N credentials in one batch on a fresh embedded database — build, sign on every core,
 * append to the transparency log, store — then verifies all of them in-process with the platform's
 * verifier (signature, record, issuer, dates, status, inclusion proof against the latest checkpoint).
 * Run by bench/credentials.sh issue; not a test.
 */
public final class CredentialIssueBench {

    private CredentialIssueBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("campus-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CampusApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("campus")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--campus.keys.file=" + dir.resolve("keys.secret"), "--campus.demo.load=false",
                        "--logging.level.root=WARN", "--logging.level.campus.credentials.internal.CredentialIssuer=DEBUG")) {
            DSLContext db = app.getBean(DSLContext.class);
            long activity = app.getBean(CatalogueApi.class).create(new ActivityDraft("BENCH-1", Modality.SELF_GUIDED,
                    ActivityKind.TRAINING, TechnicalArea.SOCIAL_DIALOGUE, "en", LocalDate.now().minusDays(30), null, null,
                    null, null, false, null, Map.of("en", new ActivityText("Labour standards", "A self-guided course."))));
            int warmUp = 10_000;
            List<Award> awards = awards(db, activity, n + warmUp);
            CredentialIssuer issuer = app.getBean(CredentialIssuer.class);
            // warm-up: keys generated, code paths compiled by the JIT, as in a platform that has been running
            issuer.issueAll(awards.subList(0, 1000));
            issuer.issueAll(awards.subList(1000, 5000));
            issuer.issueAll(awards.subList(5000, warmUp));
            List<Award> batch = awards.subList(warmUp, awards.size());
            long t0 = System.nanoTime();
            List<StoredCredential> issued = issuer.issueAll(batch);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("issue: %,d credentials in one batch (sign, log, store) in %.2f s = %,.0f/s%n",
                    issued.size(), seconds, issued.size() / seconds);
            app.getBean(LedgerApi.class).checkpointNow();
            CredentialVerifier verifier = app.getBean(CredentialVerifier.class);
            List<JsonObject> documents = issued.stream().map(c -> JsonDocuments.parse(c.document())).toList();
            for (int round = 1; round <= 2; round++) {
                long v0 = System.nanoTime();
                long ok = documents.parallelStream().filter(d -> verifier.verify(d).verified()).count();
                double vs = (System.nanoTime() - v0) / 1e9;
                System.out.printf("verify (round %d): %,d credentials in %.2f s = %,.0f/s on %d cores, %,d verified%n", round,
                        documents.size(), vs, documents.size() / vs, Runtime.getRuntime().availableProcessors(), ok);
            }
        }
    }

    private static List<Award> awards(DSLContext db, long activity, int n) {
        OffsetDateTime now = OffsetDateTime.now();
        List<Long> personIds = new ArrayList<>(n);
        List<Long> enrolmentIds = new ArrayList<>(n);
        for (int from = 0; from < n; from += 1000) {
            int to = Math.min(n, from + 1000);
            var people = db.insertInto(PERSON, PERSON.EMAIL, PERSON.GIVEN_NAME, PERSON.FAMILY_NAME, PERSON.PASSWORD_HASH,
                    PERSON.CREATED_AT);
            for (int i = from; i < to; i++) {
                people = people.values("learner" + i + "@bench.example", "Learner", "No. " + i, "{noop}x", now);
            }
            personIds.addAll(people.returningResult(PERSON.ID).fetch(PERSON.ID));
            var enrolments = db.insertInto(ENROLMENT, ENROLMENT.ACTIVITY_ID, ENROLMENT.PERSON_ID, ENROLMENT.STATUS,
                    ENROLMENT.APPLIED_AT, ENROLMENT.ARRIVAL, ENROLMENT.ENROLLED_ON, ENROLMENT.COMPLETED_ON,
                    ENROLMENT.UPDATED_AT);
            for (int i = from; i < to; i++) {
                enrolments = enrolments.values(activity, personIds.get(i), "completed", now, (long) i + 1,
                        now.toLocalDate(), now.toLocalDate(), now);
            }
            enrolmentIds.addAll(enrolments.returningResult(ENROLMENT.ID).fetch(ENROLMENT.ID));
        }
        List<Award> awards = new ArrayList<>(n);
        AwardText text = new AwardText("en", "Certificate of achievement: Labour standards", "Labour standards",
                "A self-guided course.", "Completed Labour standards and passed its final assessment.");
        for (int i = 0; i < n; i++) {
            awards.add(new Award(enrolmentIds.get(i), personIds.get(i), activity, CredentialKind.ACHIEVEMENT, text,
                    IdentityHash.of("learner" + i + "@bench.example", "salt-" + i), null));
        }
        return awards;
    }
}
