package campus.accounts.internal;

import static org.campus.db.Tables.PERSON;
import static org.campus.db.Tables.PERSON_ROLE;

import campus.accounts.PersonDetails;
import campus.accounts.PersonView;
import org.campus.db.tables.records.PersonRecord;
import campus.shared.Role;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The person and person_role tables. */
@Repository
class PersonStore {

    private final DSLContext db;

    PersonStore(DSLContext db) {
        this.db = db;
    }

    long insert(PersonDetails d, String passwordHash, boolean verified, OffsetDateTime now) {
        return db.insertInto(PERSON)
                .set(PERSON.EMAIL, d.email())
                .set(PERSON.PASSWORD_HASH, passwordHash)
                .set(PERSON.EMAIL_VERIFIED, verified)
                .set(PERSON.GIVEN_NAME, d.givenName())
                .set(PERSON.FAMILY_NAME, d.familyName())
                .set(PERSON.GENDER, d.gender())
                .set(PERSON.BIRTH_YEAR, d.birthYear())
                .set(PERSON.COUNTRY, d.country())
                .set(PERSON.CONSTITUENT, d.constituent())
                .set(PERSON.INSTITUTION, d.institution())
                .set(PERSON.POSITION_LEVEL, d.positionLevel())
                .set(PERSON.PREFERRED_LANGUAGE, d.preferredLanguage())
                .set(PERSON.CREATED_AT, now)
                .returningResult(PERSON.ID).fetchOne(PERSON.ID);
    }

    /** Gives an imported participant (no password yet) the password and details of a registration. */
    void claim(long id, PersonDetails d, String passwordHash) {
        db.update(PERSON).set(PERSON.PASSWORD_HASH, passwordHash)
                .set(PERSON.GIVEN_NAME, d.givenName()).set(PERSON.FAMILY_NAME, d.familyName())
                .set(PERSON.GENDER, d.gender()).set(PERSON.BIRTH_YEAR, d.birthYear())
                .set(PERSON.COUNTRY, d.country()).set(PERSON.CONSTITUENT, d.constituent())
                .set(PERSON.INSTITUTION, d.institution()).set(PERSON.POSITION_LEVEL, d.positionLevel())
                .set(PERSON.PREFERRED_LANGUAGE, d.preferredLanguage())
                .where(PERSON.ID.eq(id)).execute();
    }

    void updateProfile(long id, PersonDetails d) {
        db.update(PERSON)
                .set(PERSON.GIVEN_NAME, d.givenName()).set(PERSON.FAMILY_NAME, d.familyName())
                .set(PERSON.GENDER, d.gender()).set(PERSON.BIRTH_YEAR, d.birthYear())
                .set(PERSON.COUNTRY, d.country()).set(PERSON.CONSTITUENT, d.constituent())
                .set(PERSON.INSTITUTION, d.institution()).set(PERSON.POSITION_LEVEL, d.positionLevel())
                .set(PERSON.PREFERRED_LANGUAGE, d.preferredLanguage())
                .where(PERSON.ID.eq(id)).execute();
    }

    void setPassword(long id, String passwordHash) {
        db.update(PERSON).set(PERSON.PASSWORD_HASH, passwordHash).where(PERSON.ID.eq(id)).execute();
    }

    void markVerified(long id) {
        db.update(PERSON).set(PERSON.EMAIL_VERIFIED, true).where(PERSON.ID.eq(id)).execute();
    }

    Optional<PersonRecord> byEmail(String email) {
        return db.selectFrom(PERSON).where(PERSON.EMAIL.eq(email)).fetchOptional();
    }

    Optional<PersonRecord> byId(long id) {
        return db.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional();
    }

    Set<Role> roles(long id) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        db.select(PERSON_ROLE.ROLE).from(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.eq(id))
                .fetch(PERSON_ROLE.ROLE).forEach(r -> roles.add(Role.of(r)));
        return roles;
    }

    void replaceRoles(long id, Set<Role> roles) {
        db.deleteFrom(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.eq(id)).execute();
        for (Role role : roles) {
            db.insertInto(PERSON_ROLE).set(PERSON_ROLE.PERSON_ID, id).set(PERSON_ROLE.ROLE, role.code()).execute();
        }
    }

    boolean anyWithRole(Role role) {
        return db.fetchExists(PERSON_ROLE, PERSON_ROLE.ROLE.eq(role.code()));
    }

    Map<Long, PersonView> views(Collection<Long> ids) {
        Map<Long, PersonView> views = new HashMap<>();
        if (ids.isEmpty()) {
            return views;
        }
        Map<Long, Set<Role>> roles = new HashMap<>();
        db.select(PERSON_ROLE.PERSON_ID, PERSON_ROLE.ROLE).from(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.in(ids))
                .forEach(r -> roles.computeIfAbsent(r.value1(), k -> EnumSet.noneOf(Role.class)).add(Role.of(r.value2())));
        db.selectFrom(PERSON).where(PERSON.ID.in(ids)).forEach(p ->
                views.put(p.getId(), view(p, roles.getOrDefault(p.getId(), Set.of()))));
        return views;
    }

    /** People matching a search text, for the staff's people page. */
    List<PersonView> search(String text, int limit) {
        var condition = text == null || text.isBlank() ? org.jooq.impl.DSL.noCondition()
                : PERSON.EMAIL.containsIgnoreCase(text.trim())
                        .or(PERSON.FAMILY_NAME.containsIgnoreCase(text.trim()))
                        .or(PERSON.GIVEN_NAME.containsIgnoreCase(text.trim()));
        List<Long> ids = db.select(PERSON.ID).from(PERSON).where(condition)
                .orderBy(PERSON.FAMILY_NAME, PERSON.GIVEN_NAME, PERSON.ID).limit(limit).fetch(PERSON.ID);
        Map<Long, PersonView> views = views(ids);
        return ids.stream().map(views::get).toList();
    }

    static PersonView view(PersonRecord p, Set<Role> roles) {
        return new PersonView(p.getId(), p.getEmail(), p.getGivenName(), p.getFamilyName(), p.getGender(),
                p.getBirthYear(), p.getCountry(), p.getConstituent(), p.getInstitution(), p.getPositionLevel(),
                p.getPreferredLanguage(), p.getEmailVerified(), roles);
    }
}
