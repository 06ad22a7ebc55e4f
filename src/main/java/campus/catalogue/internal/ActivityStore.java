package campus.catalogue.internal;

import static org.campus.db.Tables.ACTIVITY;
import static org.campus.db.Tables.ACTIVITY_TEXT;

import campus.catalogue.ActivityDraft;
import campus.catalogue.ActivityStatus;
import campus.catalogue.ActivityText;
import campus.catalogue.ActivityView;
import campus.catalogue.CatalogueQuery;
import org.campus.db.tables.records.ActivityRecord;
import campus.shared.ActivityKind;
import campus.shared.Modality;
import campus.shared.Page;
import campus.shared.PageRequest;
import campus.shared.TechnicalArea;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The activity and activity_text tables. */
@Repository
class ActivityStore {

    private final DSLContext db;

    ActivityStore(DSLContext db) {
        this.db = db;
    }

    long insert(ActivityDraft d, OffsetDateTime now) {
        long id = db.insertInto(ACTIVITY)
                .set(ACTIVITY.CODE, d.code()).set(ACTIVITY.CREATED_AT, now).set(ACTIVITY.UPDATED_AT, now)
                .set(ACTIVITY.MODALITY, d.modality().code()).set(ACTIVITY.KIND, d.kind().code())
                .set(ACTIVITY.TECHNICAL_AREA, d.technicalArea().code()).set(ACTIVITY.DEFAULT_LANGUAGE, d.defaultLanguage())
                .set(ACTIVITY.START_DATE, d.startDate()).set(ACTIVITY.END_DATE, d.endDate())
                .set(ACTIVITY.VENUE, d.venue()).set(ACTIVITY.CAPACITY, d.capacity())
                .set(ACTIVITY.APPLICATION_DEADLINE, d.applicationDeadline())
                .set(ACTIVITY.REVIEW_APPLICATIONS, d.reviewApplications()).set(ACTIVITY.PARTNER_ID, d.partnerId())
                .set(ACTIVITY.STATUS, ActivityStatus.DRAFT.code())
                .returningResult(ACTIVITY.ID).fetchOne(ACTIVITY.ID);
        replaceTexts(id, d.texts());
        return id;
    }

    void update(long id, ActivityDraft d, OffsetDateTime now) {
        db.update(ACTIVITY)
                .set(ACTIVITY.CODE, d.code()).set(ACTIVITY.UPDATED_AT, now)
                .set(ACTIVITY.MODALITY, d.modality().code()).set(ACTIVITY.KIND, d.kind().code())
                .set(ACTIVITY.TECHNICAL_AREA, d.technicalArea().code()).set(ACTIVITY.DEFAULT_LANGUAGE, d.defaultLanguage())
                .set(ACTIVITY.START_DATE, d.startDate()).set(ACTIVITY.END_DATE, d.endDate())
                .set(ACTIVITY.VENUE, d.venue()).set(ACTIVITY.CAPACITY, d.capacity())
                .set(ACTIVITY.APPLICATION_DEADLINE, d.applicationDeadline())
                .set(ACTIVITY.REVIEW_APPLICATIONS, d.reviewApplications()).set(ACTIVITY.PARTNER_ID, d.partnerId())
                .where(ACTIVITY.ID.eq(id)).execute();
        replaceTexts(id, d.texts());
    }

    private void replaceTexts(long id, Map<String, ActivityText> texts) {
        db.deleteFrom(ACTIVITY_TEXT).where(ACTIVITY_TEXT.ACTIVITY_ID.eq(id)).execute();
        texts.forEach((language, text) -> db.insertInto(ACTIVITY_TEXT)
                .set(ACTIVITY_TEXT.ACTIVITY_ID, id).set(ACTIVITY_TEXT.LANGUAGE, language)
                .set(ACTIVITY_TEXT.TITLE, text.title()).set(ACTIVITY_TEXT.DESCRIPTION, text.description()).execute());
    }

    int changeStatus(long id, ActivityStatus status, OffsetDateTime now) {
        return db.update(ACTIVITY).set(ACTIVITY.STATUS, status.code()).set(ACTIVITY.UPDATED_AT, now)
                .where(ACTIVITY.ID.eq(id)).execute();
    }

    boolean codeTaken(String code, Long exceptId) {
        Condition c = ACTIVITY.CODE.eq(code);
        return db.fetchExists(ACTIVITY, exceptId == null ? c : c.and(ACTIVITY.ID.ne(exceptId)));
    }

    Optional<ActivityView> find(long id, String language) {
        return db.selectFrom(ACTIVITY).where(ACTIVITY.ID.eq(id)).fetchOptional()
                .map(a -> views(List.of(a), language).get(0));
    }

    Map<Long, ActivityView> findAll(Collection<Long> ids, String language) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ActivityView> found = new LinkedHashMap<>();
        views(db.selectFrom(ACTIVITY).where(ACTIVITY.ID.in(ids)).fetch(), language).forEach(a -> found.put(a.id(), a));
        return found;
    }

    Page<ActivityView> search(CatalogueQuery q, String language, PageRequest page, LocalDate today) {
        Condition where = ACTIVITY.STATUS.eq(ActivityStatus.PUBLISHED.code())
                .and(q.partnerId() == null ? ACTIVITY.PARTNER_ID.isNull() : ACTIVITY.PARTNER_ID.eq(q.partnerId()));
        if (q.modality() != null) {
            where = where.and(ACTIVITY.MODALITY.eq(q.modality().code()));
        }
        if (q.technicalArea() != null) {
            where = where.and(ACTIVITY.TECHNICAL_AREA.eq(q.technicalArea().code()));
        }
        if (q.language() != null) {
            where = where.and(DSL.exists(DSL.selectOne().from(ACTIVITY_TEXT)
                    .where(ACTIVITY_TEXT.ACTIVITY_ID.eq(ACTIVITY.ID)).and(ACTIVITY_TEXT.LANGUAGE.eq(q.language()))));
        }
        if (q.text() != null && !q.text().isBlank()) {
            String text = q.text().trim();
            where = where.and(DSL.exists(DSL.selectOne().from(ACTIVITY_TEXT)
                    .where(ACTIVITY_TEXT.ACTIVITY_ID.eq(ACTIVITY.ID))
                    .and(ACTIVITY_TEXT.TITLE.containsIgnoreCase(text).or(ACTIVITY_TEXT.DESCRIPTION.containsIgnoreCase(text)))
            ).or(ACTIVITY.CODE.containsIgnoreCase(text)));
        }
        if (q.openOnly()) {
            where = where.and(openOn(today));
        }
        long total = db.fetchCount(ACTIVITY, where);
        List<ActivityRecord> rows = db.selectFrom(ACTIVITY).where(where)
                .orderBy(ACTIVITY.START_DATE.desc(), ACTIVITY.ID.desc())
                .limit(page.size()).offset(page.offset()).fetch();
        return new Page<>(views(rows, language), page.page(), page.size(), total);
    }

    /** Every activity whatever its status, most recently changed first, for the staff back-office. */
    Page<ActivityView> allForStaff(String text, String language, PageRequest page) {
        Condition where = text == null || text.isBlank() ? DSL.noCondition()
                : ACTIVITY.CODE.containsIgnoreCase(text.trim()).or(DSL.exists(DSL.selectOne().from(ACTIVITY_TEXT)
                        .where(ACTIVITY_TEXT.ACTIVITY_ID.eq(ACTIVITY.ID)).and(ACTIVITY_TEXT.TITLE.containsIgnoreCase(text.trim()))));
        long total = db.fetchCount(ACTIVITY, where);
        List<ActivityRecord> rows = db.selectFrom(ACTIVITY).where(where)
                .orderBy(ACTIVITY.UPDATED_AT.desc(), ACTIVITY.ID.desc()).limit(page.size()).offset(page.offset()).fetch();
        return new Page<>(views(rows, language), page.page(), page.size(), total);
    }

    /** A partner's activities whatever their status, most recently changed first, for its administrators. */
    List<ActivityView> ofPartner(long partnerId, String language) {
        return views(db.selectFrom(ACTIVITY).where(ACTIVITY.PARTNER_ID.eq(partnerId))
                .orderBy(ACTIVITY.UPDATED_AT.desc(), ACTIVITY.ID.desc()).fetch(), language);
    }

    /** The SQL twin of ActivityView.openForEnrolment, so paging counts only open activities. */
    private static Condition openOn(LocalDate today) {
        Condition withDeadline = ACTIVITY.APPLICATION_DEADLINE.isNotNull().and(ACTIVITY.APPLICATION_DEADLINE.ge(today));
        Condition selfGuided = ACTIVITY.MODALITY.eq(Modality.SELF_GUIDED.code())
                .and(ACTIVITY.END_DATE.isNull().or(ACTIVITY.END_DATE.ge(today)));
        Condition tutored = ACTIVITY.MODALITY.ne(Modality.SELF_GUIDED.code()).and(ACTIVITY.START_DATE.gt(today));
        return withDeadline.or(ACTIVITY.APPLICATION_DEADLINE.isNull().and(selfGuided.or(tutored)));
    }

    private List<ActivityView> views(Collection<ActivityRecord> rows, String language) {
        Map<Long, Map<String, ActivityText>> texts = new LinkedHashMap<>();
        List<Long> ids = rows.stream().map(ActivityRecord::getId).toList();
        if (!ids.isEmpty()) {
            db.selectFrom(ACTIVITY_TEXT).where(ACTIVITY_TEXT.ACTIVITY_ID.in(ids)).forEach(t ->
                    texts.computeIfAbsent(t.getActivityId(), k -> new TreeMap<>())
                            .put(t.getLanguage(), new ActivityText(t.getTitle(), t.getDescription())));
        }
        List<ActivityView> views = new ArrayList<>(rows.size());
        for (ActivityRecord a : rows) {
            Map<String, ActivityText> own = texts.getOrDefault(a.getId(), Map.of());
            String shown = own.containsKey(language) ? language
                    : own.containsKey(a.getDefaultLanguage()) ? a.getDefaultLanguage()
                    : own.keySet().stream().findFirst().orElse(a.getDefaultLanguage());
            ActivityText text = own.getOrDefault(shown, new ActivityText(a.getCode(), ""));
            views.add(new ActivityView(a.getId(), a.getCode(), Modality.of(a.getModality()), ActivityKind.of(a.getKind()),
                    TechnicalArea.of(a.getTechnicalArea()), a.getDefaultLanguage(), List.copyOf(own.keySet()), shown,
                    text.title(), text.description(), a.getStartDate(), a.getEndDate(), a.getVenue(), a.getCapacity(),
                    a.getApplicationDeadline(), a.getReviewApplications(), a.getPartnerId(),
                    ActivityStatus.of(a.getStatus()), Map.copyOf(own)));
        }
        return views;
    }
}
