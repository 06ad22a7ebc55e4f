package campus;

import static org.campus.db.Tables.PERSON;
import static org.campus.db.Tables.PERSON_ROLE;

import campus.accounts.internal.AccountService;
import campus.catalogue.ActivityDraft;
import campus.catalogue.ActivityStatus;
import campus.catalogue.ActivityText;
import campus.catalogue.CatalogueApi;
import campus.shared.ActivityKind;
import campus.shared.Modality;
import campus.shared.Role;
import campus.shared.TechnicalArea;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Builds test data through the platform's own services where the rule matters, and straight into
 * the tables where only speed does (hashing 200 passwords would dominate a concurrency test).
 */
@Component
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DSLContext db;
    private final CatalogueApi catalogue;
    private final AccountService accounts;

    Fixtures(DSLContext db, CatalogueApi catalogue, AccountService accounts) {
        this.db = db;
        this.catalogue = catalogue;
        this.accounts = accounts;
    }

    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A verified person with the given roles and no usable password; sign in with an API token or with(user()). */
    public long person(Role... roles) {
        long id = db.insertInto(PERSON).set(PERSON.EMAIL, unique("p") + "@test.example").set(PERSON.EMAIL_VERIFIED, true)
                .set(PERSON.GIVEN_NAME, "Test").set(PERSON.FAMILY_NAME, "Person").set(PERSON.COUNTRY, "IT")
                .set(PERSON.PASSWORD_HASH, "{noop}unused-" + UUID.randomUUID())
                .set(PERSON.CREATED_AT, OffsetDateTime.now()).returningResult(PERSON.ID).fetchOne(PERSON.ID);
        for (Role role : roles.length == 0 ? new Role[] {Role.LEARNER} : roles) {
            db.insertInto(PERSON_ROLE).set(PERSON_ROLE.PERSON_ID, id).set(PERSON_ROLE.ROLE, role.code()).execute();
        }
        return id;
    }

    public String apiToken(long personId) {
        return accounts.issueApiToken(personId, "test");
    }

    public long activity(Modality modality, Integer capacity, boolean review, String language) {
        return activity(modality, capacity, review, language, LocalDate.now().plusMonths(1));
    }

    public long activity(Modality modality, Integer capacity, boolean review, String language, LocalDate start) {
        String code = unique("T");
        long id = catalogue.create(new ActivityDraft(code, modality, ActivityKind.TRAINING, TechnicalArea.SOCIAL_DIALOGUE,
                language, start, modality == Modality.SELF_GUIDED ? null : start.plusDays(5),
                modality == Modality.FACE_TO_FACE ? "Turin" : null, capacity, null, review, null,
                Map.of(language, new ActivityText("Title " + code, "About " + code))));
        catalogue.changeStatus(id, ActivityStatus.PUBLISHED);
        return id;
    }
}
