package campus.learning.internal;

import campus.catalogue.ActivityView;
import campus.catalogue.CatalogueApi;
import campus.shared.FieldProblem;
import campus.shared.NotFound;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff write a course: its rules, modules, lessons, question bank and files. Each change is checked
 * whole before anything is written, and a problem names the field to fix.
 */
@Service
@Transactional
public class CourseAuthoring {

    static final int MAX_MARKDOWN = 200_000;
    static final int MAX_FILE = 10 * 1024 * 1024;

    private final CatalogueApi catalogue;
    private final CourseStore courses;
    private final QuestionStore questions;
    private final Clock clock;

    CourseAuthoring(CatalogueApi catalogue, CourseStore courses, QuestionStore questions, Clock clock) {
        this.catalogue = catalogue;
        this.courses = courses;
        this.questions = questions;
        this.clock = clock;
    }

    /** The course of an activity, created empty with default rules the first time staff open it. */
    public CourseOutline open(long activityId) {
        activity(activityId);
        courses.ensure(activityId, OffsetDateTime.now(clock));
        return courses.outline(activityId).orElseThrow();
    }

    public ActivityView activity(long activityId) {
        return catalogue.find(activityId, "en").orElseThrow(() -> new NotFound("activity " + activityId));
    }

    public List<BankQuestion> bank(long activityId) {
        return questions.bank(activityId);
    }

    public void saveRules(long activityId, CourseRules rules) {
        open(activityId);
        within("passMark", rules.passMark(), 0, 100);
        within("attemptLimit", rules.attemptLimit(), 1, 20);
        within("attendanceThreshold", rules.attendanceThreshold(), 0, 100);
        if (rules.questionsPerTest() != null) {
            within("questionsPerTest", rules.questionsPerTest(), 1, 500);
        }
        courses.saveRules(activityId, rules, OffsetDateTime.now(clock));
    }

    private static void within(String field, int value, int low, int high) {
        if (value < low || value > high) {
            throw new FieldProblem(field, "course.range", low, high);
        }
    }

    public long addModule(long activityId, Map<String, String> titles) {
        open(activityId);
        return courses.addModule(activityId, checkedTitles(titles));
    }

    public void renameModule(long activityId, long moduleId, Map<String, String> titles) {
        moduleOf(activityId, moduleId);
        courses.saveModuleTitles(moduleId, checkedTitles(titles));
    }

    private static Map<String, String> checkedTitles(Map<String, String> titles) {
        if (titles.isEmpty()) {
            throw new FieldProblem("titleEn", "course.title.required");
        }
        titles.forEach((language, title) -> {
            if (title.length() > 200) {
                throw new FieldProblem("title" + suffix(language), "course.title.long");
            }
        });
        return titles;
    }

    public void deleteModule(long activityId, long moduleId) {
        moduleOf(activityId, moduleId);
        courses.deleteModule(moduleId);
    }

    public void moveModule(long activityId, long moduleId, int step) {
        moduleOf(activityId, moduleId);
        courses.moveModule(activityId, moduleId, step);
    }

    /** Adds a lesson with its texts in one go (a lesson is never left without a title). */
    public long addLesson(long activityId, long moduleId, boolean required, Map<String, CoursePackage.LessonText> texts) {
        moduleOf(activityId, moduleId);
        checkLesson(texts);
        long id = courses.addLesson(moduleId, required);
        courses.saveLessonTexts(id, texts);
        return id;
    }

    public void saveLesson(long activityId, long lessonId, boolean required, Map<String, CoursePackage.LessonText> texts) {
        lessonOf(activityId, lessonId);
        checkLesson(texts);
        courses.setRequired(lessonId, required);
        courses.saveLessonTexts(lessonId, texts);
    }

    private static void checkLesson(Map<String, CoursePackage.LessonText> texts) {
        if (texts.isEmpty()) {
            throw new FieldProblem("titleEn", "course.lesson.empty");
        }
        texts.forEach((language, text) -> {
            if (text.title().isBlank()) {
                throw new FieldProblem("title" + suffix(language), "course.title.required");
            }
            if (text.title().length() > 200) {
                throw new FieldProblem("title" + suffix(language), "course.title.long");
            }
            if (text.markdown().length() > MAX_MARKDOWN) {
                throw new FieldProblem("markdown" + suffix(language), "course.markdown.long", MAX_MARKDOWN);
            }
        });
    }

    public void deleteLesson(long activityId, long lessonId) {
        lessonOf(activityId, lessonId);
        courses.deleteLesson(lessonId);
    }

    public void moveLesson(long activityId, long lessonId, int step) {
        long moduleId = lessonOf(activityId, lessonId).moduleId();
        courses.moveLesson(moduleId, lessonId, step);
    }

    public CourseOutline.Lesson lessonOf(long activityId, long lessonId) {
        return open(activityId).lesson(lessonId).orElseThrow(() -> new NotFound("lesson " + lessonId));
    }

    public Map<String, CoursePackage.LessonText> lessonTexts(long activityId, long lessonId) {
        lessonOf(activityId, lessonId);
        return courses.lessonTexts(lessonId);
    }

    private CourseOutline.Module moduleOf(long activityId, long moduleId) {
        return open(activityId).module(moduleId).orElseThrow(() -> new NotFound("module " + moduleId));
    }

    /** Adds (questionId null) or replaces a question of the bank. */
    public long saveQuestion(long activityId, Long questionId, CoursePackage.Question question) {
        open(activityId);
        QuestionRules.check(question);
        if (questionId == null) {
            return questions.add(activityId, question);
        }
        questionOf(activityId, questionId);
        questions.replace(questionId, question);
        return questionId;
    }

    public void deleteQuestion(long activityId, long questionId) {
        questionOf(activityId, questionId);
        questions.delete(questionId);
    }

    public BankQuestion questionOf(long activityId, long questionId) {
        return questions.bank(activityId).stream().filter(q -> q.id() == questionId).findFirst()
                .orElseThrow(() -> new NotFound("question " + questionId));
    }

    public void saveFile(long activityId, String name, String contentType, byte[] content) {
        open(activityId);
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,119}")) {
            throw new FieldProblem("file", "course.file.name");
        }
        if (content.length == 0 || content.length > MAX_FILE) {
            throw new FieldProblem("file", "course.file.size", MAX_FILE / (1024 * 1024));
        }
        courses.saveFile(activityId, new CoursePackage.Attachment(name, contentType == null || contentType.isBlank()
                ? "application/octet-stream" : contentType, content));
    }

    public void deleteFile(long activityId, String name) {
        open(activityId);
        if (!courses.deleteFile(activityId, name)) {
            throw new NotFound("file " + name);
        }
    }

    public List<CoursePackage.Attachment> files(long activityId) {
        return courses.files(activityId, false);
    }

    static String suffix(String language) {
        return Character.toUpperCase(language.charAt(0)) + language.substring(1);
    }
}
