package campus.learning.internal;

import static org.campus.db.Tables.QUESTION;
import static org.campus.db.Tables.QUESTION_OPTION;
import static org.campus.db.Tables.QUESTION_OPTION_TEXT;
import static org.campus.db.Tables.QUESTION_TEXT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The question bank tables: question, its texts, options and option labels. */
@Repository
public class QuestionStore {

    private final DSLContext db;

    QuestionStore(DSLContext db) {
        this.db = db;
    }

    public List<BankQuestion> bank(long activityId) {
        Map<Long, Map<String, String>> prompts = new TreeMap<>();
        Map<Long, Map<String, String>> explanations = new TreeMap<>();
        db.select(QUESTION_TEXT.QUESTION_ID, QUESTION_TEXT.LANGUAGE, QUESTION_TEXT.PROMPT, QUESTION_TEXT.EXPLANATION)
                .from(QUESTION_TEXT).join(QUESTION).on(QUESTION.ID.eq(QUESTION_TEXT.QUESTION_ID))
                .where(QUESTION.ACTIVITY_ID.eq(activityId)).orderBy(QUESTION_TEXT.LANGUAGE).forEach(r -> {
                    prompts.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>()).put(r.value2(), r.value3());
                    if (r.value4() != null && !r.value4().isBlank()) {
                        explanations.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>()).put(r.value2(), r.value4());
                    }
                });
        Map<Long, Map<Integer, Map<String, String>>> labels = new TreeMap<>();
        db.select(QUESTION_OPTION_TEXT.QUESTION_ID, QUESTION_OPTION_TEXT.POSITION, QUESTION_OPTION_TEXT.LANGUAGE,
                        QUESTION_OPTION_TEXT.LABEL)
                .from(QUESTION_OPTION_TEXT).join(QUESTION).on(QUESTION.ID.eq(QUESTION_OPTION_TEXT.QUESTION_ID))
                .where(QUESTION.ACTIVITY_ID.eq(activityId)).orderBy(QUESTION_OPTION_TEXT.LANGUAGE)
                .forEach(r -> labels.computeIfAbsent(r.value1(), k -> new TreeMap<>())
                        .computeIfAbsent(r.value2(), k -> new LinkedHashMap<>()).put(r.value3(), r.value4()));
        Map<Long, List<CoursePackage.Option>> options = new TreeMap<>();
        db.select(QUESTION_OPTION.QUESTION_ID, QUESTION_OPTION.POSITION, QUESTION_OPTION.CORRECT).from(QUESTION_OPTION)
                .join(QUESTION).on(QUESTION.ID.eq(QUESTION_OPTION.QUESTION_ID)).where(QUESTION.ACTIVITY_ID.eq(activityId))
                .orderBy(QUESTION_OPTION.POSITION)
                .forEach(r -> options.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new CoursePackage.Option(
                        r.value3(), labels.getOrDefault(r.value1(), Map.of()).getOrDefault(r.value2(), Map.of()))));
        return db.selectFrom(QUESTION).where(QUESTION.ACTIVITY_ID.eq(activityId)).orderBy(QUESTION.POSITION, QUESTION.ID)
                .fetch(q -> new BankQuestion(q.getId(), q.getPosition(), QuestionKind.of(q.getKind()),
                        prompts.getOrDefault(q.getId(), Map.of()), explanations.getOrDefault(q.getId(), Map.of()),
                        options.getOrDefault(q.getId(), List.of())));
    }

    public Optional<Long> activityOf(long questionId) {
        return db.select(QUESTION.ACTIVITY_ID).from(QUESTION).where(QUESTION.ID.eq(questionId))
                .fetchOptional(QUESTION.ACTIVITY_ID);
    }

    public boolean hasQuestions(long activityId) {
        return db.fetchExists(QUESTION, QUESTION.ACTIVITY_ID.eq(activityId));
    }

    public long add(long activityId, CoursePackage.Question question) {
        int position = db.fetchCount(QUESTION, QUESTION.ACTIVITY_ID.eq(activityId)) + 1;
        long id = db.insertInto(QUESTION).set(QUESTION.ACTIVITY_ID, activityId).set(QUESTION.POSITION, position)
                .set(QUESTION.KIND, question.kind()).returningResult(QUESTION.ID).fetchOne(QUESTION.ID);
        writeParts(id, question);
        return id;
    }

    public void replace(long questionId, CoursePackage.Question question) {
        db.update(QUESTION).set(QUESTION.KIND, question.kind()).where(QUESTION.ID.eq(questionId)).execute();
        db.deleteFrom(QUESTION_TEXT).where(QUESTION_TEXT.QUESTION_ID.eq(questionId)).execute();
        db.deleteFrom(QUESTION_OPTION).where(QUESTION_OPTION.QUESTION_ID.eq(questionId)).execute();
        writeParts(questionId, question);
    }

    private void writeParts(long id, CoursePackage.Question question) {
        question.prompts().forEach((language, prompt) -> db.insertInto(QUESTION_TEXT).set(QUESTION_TEXT.QUESTION_ID, id)
                .set(QUESTION_TEXT.LANGUAGE, language).set(QUESTION_TEXT.PROMPT, prompt)
                .set(QUESTION_TEXT.EXPLANATION, question.explanations().get(language)).execute());
        for (int i = 0; i < question.options().size(); i++) {
            CoursePackage.Option option = question.options().get(i);
            int position = i + 1;
            db.insertInto(QUESTION_OPTION).set(QUESTION_OPTION.QUESTION_ID, id).set(QUESTION_OPTION.POSITION, position)
                    .set(QUESTION_OPTION.CORRECT, option.correct()).execute();
            option.labels().forEach((language, label) -> db.insertInto(QUESTION_OPTION_TEXT)
                    .set(QUESTION_OPTION_TEXT.QUESTION_ID, id).set(QUESTION_OPTION_TEXT.POSITION, position)
                    .set(QUESTION_OPTION_TEXT.LANGUAGE, language).set(QUESTION_OPTION_TEXT.LABEL, label).execute());
        }
    }

    public void delete(long questionId) {
        db.deleteFrom(QUESTION).where(QUESTION.ID.eq(questionId)).execute();
    }

    public void clear(long activityId) {
        db.deleteFrom(QUESTION).where(QUESTION.ACTIVITY_ID.eq(activityId)).execute();
    }
}
