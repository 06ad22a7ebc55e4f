package campus.learning.internal;

import static org.campus.db.Tables.COURSE;
import static org.campus.db.Tables.COURSE_FILE;
import static org.campus.db.Tables.COURSE_MODULE;
import static org.campus.db.Tables.COURSE_MODULE_TEXT;
import static org.campus.db.Tables.LESSON;
import static org.campus.db.Tables.LESSON_TEXT;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.campus.db.tables.records.CourseRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The course, course_module, lesson, their texts and course_file tables. */
@Repository
public class CourseStore {

    private final DSLContext db;

    CourseStore(DSLContext db) {
        this.db = db;
    }

    public Optional<CourseRules> rules(long activityId) {
        return db.selectFrom(COURSE).where(COURSE.ACTIVITY_ID.eq(activityId)).fetchOptional(CourseStore::rules);
    }

    private static CourseRules rules(CourseRecord r) {
        return new CourseRules(r.getPassMark(), r.getAttemptLimit(), r.getQuestionsPerTest(), r.getAttendanceThreshold());
    }

    /** Creates the course with default rules on first authoring; later calls change nothing. */
    public void ensure(long activityId, OffsetDateTime now) {
        if (rules(activityId).isEmpty()) {
            saveRules(activityId, CourseRules.DEFAULT, now);
        }
    }

    public void saveRules(long activityId, CourseRules rules, OffsetDateTime now) {
        int changed = db.update(COURSE).set(COURSE.PASS_MARK, rules.passMark())
                .set(COURSE.ATTEMPT_LIMIT, rules.attemptLimit()).set(COURSE.QUESTIONS_PER_TEST, rules.questionsPerTest())
                .set(COURSE.ATTENDANCE_THRESHOLD, rules.attendanceThreshold()).set(COURSE.UPDATED_AT, now)
                .where(COURSE.ACTIVITY_ID.eq(activityId)).execute();
        if (changed == 0) {
            db.insertInto(COURSE).set(COURSE.ACTIVITY_ID, activityId).set(COURSE.PASS_MARK, rules.passMark())
                    .set(COURSE.ATTEMPT_LIMIT, rules.attemptLimit()).set(COURSE.QUESTIONS_PER_TEST, rules.questionsPerTest())
                    .set(COURSE.ATTENDANCE_THRESHOLD, rules.attendanceThreshold()).set(COURSE.UPDATED_AT, now).execute();
        }
    }

    public Optional<CourseOutline> outline(long activityId) {
        Optional<CourseRules> rules = rules(activityId);
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Map<String, String>> moduleTitles = new TreeMap<>();
        db.select(COURSE_MODULE_TEXT.MODULE_ID, COURSE_MODULE_TEXT.LANGUAGE, COURSE_MODULE_TEXT.TITLE)
                .from(COURSE_MODULE_TEXT).join(COURSE_MODULE).on(COURSE_MODULE.ID.eq(COURSE_MODULE_TEXT.MODULE_ID))
                .where(COURSE_MODULE.ACTIVITY_ID.eq(activityId)).orderBy(COURSE_MODULE_TEXT.LANGUAGE)
                .forEach(r -> moduleTitles.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>()).put(r.value2(), r.value3()));
        Map<Long, Map<String, String>> lessonTitles = new TreeMap<>();
        db.select(LESSON_TEXT.LESSON_ID, LESSON_TEXT.LANGUAGE, LESSON_TEXT.TITLE).from(LESSON_TEXT)
                .join(LESSON).on(LESSON.ID.eq(LESSON_TEXT.LESSON_ID)).join(COURSE_MODULE).on(COURSE_MODULE.ID.eq(LESSON.MODULE_ID))
                .where(COURSE_MODULE.ACTIVITY_ID.eq(activityId)).orderBy(LESSON_TEXT.LANGUAGE)
                .forEach(r -> lessonTitles.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>()).put(r.value2(), r.value3()));
        Map<Long, List<CourseOutline.Lesson>> lessons = new TreeMap<>();
        db.select(LESSON.ID, LESSON.MODULE_ID, LESSON.POSITION, LESSON.REQUIRED).from(LESSON)
                .join(COURSE_MODULE).on(COURSE_MODULE.ID.eq(LESSON.MODULE_ID))
                .where(COURSE_MODULE.ACTIVITY_ID.eq(activityId)).orderBy(LESSON.POSITION, LESSON.ID)
                .forEach(r -> lessons.computeIfAbsent(r.value2(), k -> new ArrayList<>()).add(new CourseOutline.Lesson(
                        r.value1(), r.value2(), r.value3(), r.value4(), lessonTitles.getOrDefault(r.value1(), Map.of()))));
        List<CourseOutline.Module> modules = db.selectFrom(COURSE_MODULE).where(COURSE_MODULE.ACTIVITY_ID.eq(activityId))
                .orderBy(COURSE_MODULE.POSITION, COURSE_MODULE.ID)
                .fetch(m -> new CourseOutline.Module(m.getId(), m.getPosition(), moduleTitles.getOrDefault(m.getId(), Map.of()),
                        lessons.getOrDefault(m.getId(), List.of())));
        return Optional.of(new CourseOutline(activityId, rules.get(), modules));
    }

    public long addModule(long activityId, Map<String, String> titles) {
        int position = nextPosition(db.fetchCount(COURSE_MODULE, COURSE_MODULE.ACTIVITY_ID.eq(activityId)));
        long id = db.insertInto(COURSE_MODULE).set(COURSE_MODULE.ACTIVITY_ID, activityId).set(COURSE_MODULE.POSITION, position)
                .returningResult(COURSE_MODULE.ID).fetchOne(COURSE_MODULE.ID);
        saveModuleTitles(id, titles);
        return id;
    }

    public void saveModuleTitles(long moduleId, Map<String, String> titles) {
        db.deleteFrom(COURSE_MODULE_TEXT).where(COURSE_MODULE_TEXT.MODULE_ID.eq(moduleId)).execute();
        titles.forEach((language, title) -> db.insertInto(COURSE_MODULE_TEXT).set(COURSE_MODULE_TEXT.MODULE_ID, moduleId)
                .set(COURSE_MODULE_TEXT.LANGUAGE, language).set(COURSE_MODULE_TEXT.TITLE, title).execute());
    }

    public void deleteModule(long moduleId) {
        db.deleteFrom(COURSE_MODULE).where(COURSE_MODULE.ID.eq(moduleId)).execute();
    }

    public long addLesson(long moduleId, boolean required) {
        int position = nextPosition(db.fetchCount(LESSON, LESSON.MODULE_ID.eq(moduleId)));
        return db.insertInto(LESSON).set(LESSON.MODULE_ID, moduleId).set(LESSON.POSITION, position)
                .set(LESSON.REQUIRED, required).returningResult(LESSON.ID).fetchOne(LESSON.ID);
    }

    public void setRequired(long lessonId, boolean required) {
        db.update(LESSON).set(LESSON.REQUIRED, required).where(LESSON.ID.eq(lessonId)).execute();
    }

    public void deleteLesson(long lessonId) {
        db.deleteFrom(LESSON).where(LESSON.ID.eq(lessonId)).execute();
    }

    /** Moves a module one place up or down by swapping positions with its neighbour. */
    public void moveModule(long activityId, long moduleId, int step) {
        List<Long> order = db.select(COURSE_MODULE.ID).from(COURSE_MODULE).where(COURSE_MODULE.ACTIVITY_ID.eq(activityId))
                .orderBy(COURSE_MODULE.POSITION, COURSE_MODULE.ID).fetch(COURSE_MODULE.ID);
        renumber(swap(order, moduleId, step), (id, position) -> db.update(COURSE_MODULE).set(COURSE_MODULE.POSITION, position)
                .where(COURSE_MODULE.ID.eq(id)).execute());
    }

    public void moveLesson(long moduleId, long lessonId, int step) {
        List<Long> order = db.select(LESSON.ID).from(LESSON).where(LESSON.MODULE_ID.eq(moduleId))
                .orderBy(LESSON.POSITION, LESSON.ID).fetch(LESSON.ID);
        renumber(swap(order, lessonId, step), (id, position) -> db.update(LESSON).set(LESSON.POSITION, position)
                .where(LESSON.ID.eq(id)).execute());
    }

    private static List<Long> swap(List<Long> order, long id, int step) {
        List<Long> moved = new ArrayList<>(order);
        int at = moved.indexOf(id);
        int to = at + step;
        if (at >= 0 && to >= 0 && to < moved.size()) {
            moved.set(at, moved.get(to));
            moved.set(to, id);
        }
        return moved;
    }

    private static void renumber(List<Long> order, java.util.function.ObjIntConsumer<Long> setPosition) {
        for (int i = 0; i < order.size(); i++) {
            setPosition.accept(order.get(i), i + 1);
        }
    }

    private static int nextPosition(int count) {
        return count + 1;
    }

    /** A lesson's title and Markdown per language. */
    public Map<String, CoursePackage.LessonText> lessonTexts(long lessonId) {
        Map<String, CoursePackage.LessonText> texts = new LinkedHashMap<>();
        db.selectFrom(LESSON_TEXT).where(LESSON_TEXT.LESSON_ID.eq(lessonId)).orderBy(LESSON_TEXT.LANGUAGE)
                .forEach(r -> texts.put(r.getLanguage(), new CoursePackage.LessonText(r.getTitle(), r.getMarkdown())));
        return texts;
    }

    public void saveLessonTexts(long lessonId, Map<String, CoursePackage.LessonText> texts) {
        db.deleteFrom(LESSON_TEXT).where(LESSON_TEXT.LESSON_ID.eq(lessonId)).execute();
        texts.forEach((language, text) -> db.insertInto(LESSON_TEXT).set(LESSON_TEXT.LESSON_ID, lessonId)
                .set(LESSON_TEXT.LANGUAGE, language).set(LESSON_TEXT.TITLE, text.title())
                .set(LESSON_TEXT.MARKDOWN, text.markdown()).execute());
    }

    /** The activity a lesson belongs to, so routes can check the lesson is of the course they name. */
    public Optional<Long> activityOfLesson(long lessonId) {
        return db.select(COURSE_MODULE.ACTIVITY_ID).from(LESSON).join(COURSE_MODULE).on(COURSE_MODULE.ID.eq(LESSON.MODULE_ID))
                .where(LESSON.ID.eq(lessonId)).fetchOptional(COURSE_MODULE.ACTIVITY_ID);
    }

    public Optional<Long> activityOfModule(long moduleId) {
        return db.select(COURSE_MODULE.ACTIVITY_ID).from(COURSE_MODULE).where(COURSE_MODULE.ID.eq(moduleId))
                .fetchOptional(COURSE_MODULE.ACTIVITY_ID);
    }

    public List<CoursePackage.Attachment> files(long activityId, boolean withContent) {
        return db.selectFrom(COURSE_FILE).where(COURSE_FILE.ACTIVITY_ID.eq(activityId)).orderBy(COURSE_FILE.NAME)
                .fetch(r -> new CoursePackage.Attachment(r.getName(), r.getContentType(),
                        withContent ? r.getContent() : new byte[0]));
    }

    public Optional<CoursePackage.Attachment> file(long activityId, String name) {
        return db.selectFrom(COURSE_FILE).where(COURSE_FILE.ACTIVITY_ID.eq(activityId)).and(COURSE_FILE.NAME.eq(name))
                .fetchOptional(r -> new CoursePackage.Attachment(r.getName(), r.getContentType(), r.getContent()));
    }

    public void saveFile(long activityId, CoursePackage.Attachment file) {
        db.deleteFrom(COURSE_FILE).where(COURSE_FILE.ACTIVITY_ID.eq(activityId)).and(COURSE_FILE.NAME.eq(file.name())).execute();
        db.insertInto(COURSE_FILE).set(COURSE_FILE.ACTIVITY_ID, activityId).set(COURSE_FILE.NAME, file.name())
                .set(COURSE_FILE.CONTENT_TYPE, file.contentType()).set(COURSE_FILE.CONTENT, file.content()).execute();
    }

    public boolean deleteFile(long activityId, String name) {
        return db.deleteFrom(COURSE_FILE).where(COURSE_FILE.ACTIVITY_ID.eq(activityId)).and(COURSE_FILE.NAME.eq(name)).execute() > 0;
    }

    /** Removes modules, lessons and files (the question bank is the question store's); rules stay. */
    public void clearContent(long activityId) {
        db.deleteFrom(COURSE_MODULE).where(COURSE_MODULE.ACTIVITY_ID.eq(activityId)).execute();
        db.deleteFrom(COURSE_FILE).where(COURSE_FILE.ACTIVITY_ID.eq(activityId)).execute();
    }
}
