package campus.partners.internal;

import static org.campus.db.Tables.PARTNER;
import static org.campus.db.Tables.PARTNER_MEMBER;
import static org.campus.db.Tables.PARTNER_RECOMMENDATION;
import static org.campus.db.Tables.PARTNER_TEXT;

import campus.partners.PartnerKind;
import campus.partners.PartnerView;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campus.db.tables.records.PartnerRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The partner, partner_text, partner_member and partner_recommendation tables. */
@Repository
class PartnerStore {

    static final String ADMIN = "admin";
    static final String MEMBER = "member";

    private final DSLContext db;

    PartnerStore(DSLContext db) {
        this.db = db;
    }

    long insert(PartnerDetails d, OffsetDateTime now) {
        return db.insertInto(PARTNER)
                .set(PARTNER.SLUG, d.slug()).set(PARTNER.NAME, d.name()).set(PARTNER.KIND, d.kind().code())
                .set(PARTNER.COUNTRY, d.country()).set(PARTNER.CONTACT_EMAIL, d.contactEmail())
                .set(PARTNER.CREATED_AT, now).set(PARTNER.UPDATED_AT, now)
                .returningResult(PARTNER.ID).fetchOne(PARTNER.ID);
    }

    void update(long id, PartnerDetails d, OffsetDateTime now) {
        db.update(PARTNER).set(PARTNER.NAME, d.name()).set(PARTNER.KIND, d.kind().code())
                .set(PARTNER.COUNTRY, d.country()).set(PARTNER.CONTACT_EMAIL, d.contactEmail())
                .set(PARTNER.UPDATED_AT, now).where(PARTNER.ID.eq(id)).execute();
    }

    void brand(long id, Branding b, OffsetDateTime now) {
        db.update(PARTNER).set(PARTNER.PRIMARY_COLOUR, b.primaryColour()).set(PARTNER.ACCENT_COLOUR, b.accentColour())
                .set(PARTNER.LANGUAGES, String.join(",", b.languages())).set(PARTNER.OPEN_TO_ALL, b.openToAll())
                .set(PARTNER.UPDATED_AT, now).where(PARTNER.ID.eq(id)).execute();
        db.deleteFrom(PARTNER_TEXT).where(PARTNER_TEXT.PARTNER_ID.eq(id)).execute();
        b.welcome().forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                db.insertInto(PARTNER_TEXT).set(PARTNER_TEXT.PARTNER_ID, id).set(PARTNER_TEXT.LANGUAGE, language)
                        .set(PARTNER_TEXT.WELCOME, text.strip()).execute();
            }
        });
    }

    void logo(long id, String type, byte[] content) {
        db.update(PARTNER).set(PARTNER.LOGO_TYPE, type).set(PARTNER.LOGO, content).where(PARTNER.ID.eq(id)).execute();
    }

    Optional<Logo> logo(long id) {
        return db.select(PARTNER.LOGO_TYPE, PARTNER.LOGO).from(PARTNER).where(PARTNER.ID.eq(id))
                .and(PARTNER.LOGO.isNotNull()).fetchOptional(r -> new Logo(r.value1(), r.value2()));
    }

    void joinToken(long id, String token) {
        db.update(PARTNER).set(PARTNER.JOIN_TOKEN, token).where(PARTNER.ID.eq(id)).execute();
    }

    Optional<String> joinToken(long id) {
        return db.select(PARTNER.JOIN_TOKEN).from(PARTNER).where(PARTNER.ID.eq(id)).fetchOptional(PARTNER.JOIN_TOKEN);
    }

    boolean slugTaken(String slug) {
        return db.fetchExists(PARTNER, PARTNER.SLUG.eq(slug));
    }

    Optional<PartnerView> byId(long id) {
        return views(PARTNER.ID.eq(id)).stream().findFirst();
    }

    Optional<PartnerView> bySlug(String slug) {
        return views(PARTNER.SLUG.eq(slug)).stream().findFirst();
    }

    List<PartnerView> all() {
        return views(DSL.noCondition());
    }

    List<PartnerView> ofPerson(long personId, boolean adminOnly) {
        Condition role = adminOnly ? PARTNER_MEMBER.ROLE.eq(ADMIN) : DSL.noCondition();
        return views(PARTNER.ID.in(DSL.select(PARTNER_MEMBER.PARTNER_ID).from(PARTNER_MEMBER)
                .where(PARTNER_MEMBER.PERSON_ID.eq(personId)).and(role)));
    }

    /** The person's role in the space, if they belong to it. */
    Optional<String> role(long partnerId, long personId) {
        return db.select(PARTNER_MEMBER.ROLE).from(PARTNER_MEMBER)
                .where(PARTNER_MEMBER.PARTNER_ID.eq(partnerId)).and(PARTNER_MEMBER.PERSON_ID.eq(personId))
                .fetchOptional(PARTNER_MEMBER.ROLE);
    }

    /** Adds the person, or makes a member an administrator; never demotes. */
    void addMember(long partnerId, long personId, String role, OffsetDateTime now) {
        Optional<String> current = role(partnerId, personId);
        if (current.isEmpty()) {
            db.insertInto(PARTNER_MEMBER).set(PARTNER_MEMBER.PARTNER_ID, partnerId).set(PARTNER_MEMBER.PERSON_ID, personId)
                    .set(PARTNER_MEMBER.ROLE, role).set(PARTNER_MEMBER.JOINED_AT, now).execute();
        } else if (ADMIN.equals(role) && !ADMIN.equals(current.get())) {
            db.update(PARTNER_MEMBER).set(PARTNER_MEMBER.ROLE, ADMIN).where(PARTNER_MEMBER.PARTNER_ID.eq(partnerId))
                    .and(PARTNER_MEMBER.PERSON_ID.eq(personId)).execute();
        }
    }

    void setRole(long partnerId, long personId, String role) {
        db.update(PARTNER_MEMBER).set(PARTNER_MEMBER.ROLE, role).where(PARTNER_MEMBER.PARTNER_ID.eq(partnerId))
                .and(PARTNER_MEMBER.PERSON_ID.eq(personId)).execute();
    }

    boolean removeMember(long partnerId, long personId) {
        return db.deleteFrom(PARTNER_MEMBER).where(PARTNER_MEMBER.PARTNER_ID.eq(partnerId))
                .and(PARTNER_MEMBER.PERSON_ID.eq(personId)).execute() > 0;
    }

    List<Membership> members(long partnerId) {
        return db.select(PARTNER_MEMBER.PERSON_ID, PARTNER_MEMBER.ROLE, PARTNER_MEMBER.JOINED_AT).from(PARTNER_MEMBER)
                .where(PARTNER_MEMBER.PARTNER_ID.eq(partnerId)).orderBy(PARTNER_MEMBER.JOINED_AT, PARTNER_MEMBER.PERSON_ID)
                .fetch(r -> new Membership(r.value1(), r.value2(), r.value3()));
    }

    Set<Long> recommendations(long partnerId) {
        return db.select(PARTNER_RECOMMENDATION.ACTIVITY_ID).from(PARTNER_RECOMMENDATION)
                .where(PARTNER_RECOMMENDATION.PARTNER_ID.eq(partnerId)).fetchSet(PARTNER_RECOMMENDATION.ACTIVITY_ID);
    }

    void recommend(long partnerId, Collection<Long> activityIds) {
        db.deleteFrom(PARTNER_RECOMMENDATION).where(PARTNER_RECOMMENDATION.PARTNER_ID.eq(partnerId)).execute();
        for (long activityId : activityIds) {
            db.insertInto(PARTNER_RECOMMENDATION).set(PARTNER_RECOMMENDATION.PARTNER_ID, partnerId)
                    .set(PARTNER_RECOMMENDATION.ACTIVITY_ID, activityId).execute();
        }
    }

    private List<PartnerView> views(Condition where) {
        List<PartnerRecord> rows = db.selectFrom(PARTNER).where(where).orderBy(PARTNER.NAME, PARTNER.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, String>> texts = new LinkedHashMap<>();
        db.selectFrom(PARTNER_TEXT).where(PARTNER_TEXT.PARTNER_ID.in(rows.stream().map(PartnerRecord::getId).toList()))
                .forEach(t -> texts.computeIfAbsent(t.getPartnerId(), k -> new LinkedHashMap<>()).put(t.getLanguage(), t.getWelcome()));
        return rows.stream().map(p -> new PartnerView(p.getId(), p.getSlug(), p.getName(), PartnerKind.of(p.getKind()),
                p.getCountry(), p.getContactEmail(), p.getPrimaryColour(), p.getAccentColour(),
                Arrays.asList(p.getLanguages().split(",")), p.getOpenToAll(), p.getLogoType() != null,
                texts.getOrDefault(p.getId(), Map.of()))).toList();
    }
}
