package campus.evaluation.internal;

import static org.campus.db.Tables.SURVEY_ITEM;
import static org.campus.db.Tables.SURVEY_ITEM_TEXT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The items staff add to an activity's surveys. */
@Repository
class ItemStore {

    private final DSLContext db;

    ItemStore(DSLContext db) {
        this.db = db;
    }

    List<SurveyItem> of(long activityId, Survey survey) {
        var rows = db.select(SURVEY_ITEM.ID, SURVEY_ITEM.KIND, SURVEY_ITEM_TEXT.LANGUAGE, SURVEY_ITEM_TEXT.LABEL)
                .from(SURVEY_ITEM).join(SURVEY_ITEM_TEXT).on(SURVEY_ITEM_TEXT.ITEM_ID.eq(SURVEY_ITEM.ID))
                .where(SURVEY_ITEM.ACTIVITY_ID.eq(activityId)).and(SURVEY_ITEM.SURVEY.eq(survey.code()))
                .orderBy(SURVEY_ITEM.POSITION, SURVEY_ITEM.ID, SURVEY_ITEM_TEXT.LANGUAGE).fetch();
        Map<Long, String> kinds = new LinkedHashMap<>();
        Map<Long, Map<String, String>> labels = new LinkedHashMap<>();
        for (var r : rows) {
            kinds.put(r.value1(), r.value2());
            labels.computeIfAbsent(r.value1(), id -> new LinkedHashMap<>()).put(r.value3(), r.value4());
        }
        return kinds.entrySet().stream()
                .map(e -> SurveyItem.custom(e.getKey(), ItemKind.ofCode(e.getValue()).orElseThrow(), labels.get(e.getKey())))
                .toList();
    }

    long add(long activityId, Survey survey, ItemKind kind, Map<String, String> labels) {
        Integer last = db.select(org.jooq.impl.DSL.max(SURVEY_ITEM.POSITION)).from(SURVEY_ITEM)
                .where(SURVEY_ITEM.ACTIVITY_ID.eq(activityId)).and(SURVEY_ITEM.SURVEY.eq(survey.code()))
                .fetchOne(0, Integer.class);
        long id = db.insertInto(SURVEY_ITEM)
                .set(SURVEY_ITEM.ACTIVITY_ID, activityId)
                .set(SURVEY_ITEM.SURVEY, survey.code())
                .set(SURVEY_ITEM.KIND, kind.code())
                .set(SURVEY_ITEM.POSITION, last == null ? 1 : last + 1)
                .returning(SURVEY_ITEM.ID).fetchOne().getId();
        labels.forEach((language, label) -> db.insertInto(SURVEY_ITEM_TEXT)
                .set(SURVEY_ITEM_TEXT.ITEM_ID, id).set(SURVEY_ITEM_TEXT.LANGUAGE, language)
                .set(SURVEY_ITEM_TEXT.LABEL, label).execute());
        return id;
    }

    /** The activity an item belongs to, so a forged item id from another activity is refused. */
    Optional<Long> activityOf(long itemId) {
        return db.select(SURVEY_ITEM.ACTIVITY_ID).from(SURVEY_ITEM).where(SURVEY_ITEM.ID.eq(itemId))
                .fetchOptional(SURVEY_ITEM.ACTIVITY_ID);
    }

    /** Whether anyone answered the item: answered items stay, or their results would lose their question. */
    boolean answered(long itemId) {
        return db.fetchExists(org.campus.db.Tables.SURVEY_ANSWER,
                org.campus.db.Tables.SURVEY_ANSWER.ITEM.eq(SurveyItem.CUSTOM_PREFIX + itemId));
    }

    void delete(long itemId) {
        db.deleteFrom(SURVEY_ITEM).where(SURVEY_ITEM.ID.eq(itemId)).execute();
    }
}
