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
import campus.credentials.internal.IdentityHash;
import campus.credentials.internal.StoredCredential;
import campus.ledger.LedgerApi;
import campus.shared.ActivityKind;
import campus.shared.Modality;
import campus.shared.TechnicalArea;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the platform on a fresh embedded database at the given port, issues N credentials and writes
 * their ids to a file, then serves until killed: bench/credentials-http.sh loads the public
 * verification endpoint with wrk. Not a test.
 */
public final class CredentialHttpBench {

    private CredentialHttpBench() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int n = Integer.parseInt(args[1]);
        Path ids = Path.of(args[2]);
        Path dir = Files.createTempDirectory("campus-http-bench");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(CampusApplication.class)
                .run("--server.port=" + port, "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("campus")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--campus.keys.file=" + dir.resolve("keys.secret"), "--campus.demo.load=false",
                        "--logging.level.root=WARN", "--server.tomcat.threads.max=64");
        DSLContext db = app.getBean(DSLContext.class);
        long activity = app.getBean(CatalogueApi.class).create(new ActivityDraft("HTTP-1", Modality.SELF_GUIDED,
                ActivityKind.TRAINING, TechnicalArea.SOCIAL_DIALOGUE, "en", LocalDate.now().minusDays(30), null, null,
                null, null, false, null, Map.of("en", new ActivityText("Labour standards", "A self-guided course."))));
        OffsetDateTime now = OffsetDateTime.now();
        List<Award> awards = new ArrayList<>();
        AwardText text = new AwardText("en", "Certificate of achievement: Labour standards", "Labour standards",
                "A self-guided course.", "Completed Labour standards and passed its final assessment.");
        for (int i = 0; i < n; i++) {
            long person = db.insertInto(PERSON, PERSON.EMAIL, PERSON.GIVEN_NAME, PERSON.FAMILY_NAME, PERSON.PASSWORD_HASH,
                    PERSON.CREATED_AT).values("viewer" + i + "@bench.example", "Learner", "No. " + i, "{noop}x", now)
                    .returningResult(PERSON.ID).fetchOne(PERSON.ID);
            long enrolment = db.insertInto(ENROLMENT, ENROLMENT.ACTIVITY_ID, ENROLMENT.PERSON_ID, ENROLMENT.STATUS,
                    ENROLMENT.APPLIED_AT, ENROLMENT.ARRIVAL, ENROLMENT.ENROLLED_ON, ENROLMENT.COMPLETED_ON,
                    ENROLMENT.UPDATED_AT).values(activity, person, "completed", now, (long) i + 1, now.toLocalDate(),
                    now.toLocalDate(), now).returningResult(ENROLMENT.ID).fetchOne(ENROLMENT.ID);
            awards.add(new Award(enrolment, person, activity, CredentialKind.ACHIEVEMENT, text,
                    IdentityHash.of("viewer" + i + "@bench.example", "salt-" + i), null));
        }
        List<StoredCredential> issued = app.getBean(CredentialIssuer.class).issueAll(awards);
        app.getBean(LedgerApi.class).checkpointNow();
        Files.write(ids, issued.stream().map(StoredCredential::id).toList());
        System.out.println("ready: " + issued.size() + " credentials, ids in " + ids);
    }
}
