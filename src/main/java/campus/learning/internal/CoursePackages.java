package campus.learning.internal;

import campus.learning.internal.archive.CourseArchive;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A course to and from its zip. Import reads and checks the whole zip before it touches the
 * database, then replaces the course's content in one transaction: all of it or nothing.
 */
@Service
@Transactional
public class CoursePackages implements campus.learning.LearningApi {

    private final CourseAuthoring authoring;
    private final CourseStore courses;
    private final QuestionStore questions;
    private final Clock clock;

    CoursePackages(CourseAuthoring authoring, CourseStore courses, QuestionStore questions, Clock clock) {
        this.authoring = authoring;
        this.courses = courses;
        this.questions = questions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CoursePackage export(long activityId) {
        CourseOutline outline = authoring.open(activityId);
        List<CoursePackage.Module> modules = new ArrayList<>();
        for (CourseOutline.Module module : outline.modules()) {
            List<CoursePackage.Lesson> lessons = module.lessons().stream()
                    .map(l -> new CoursePackage.Lesson(l.required(), courses.lessonTexts(l.id()))).toList();
            modules.add(new CoursePackage.Module(new LinkedHashMap<>(module.titles()), lessons));
        }
        List<CoursePackage.Question> bank = questions.bank(activityId).stream()
                .map(q -> new CoursePackage.Question(q.kind().code(), q.prompts(), q.explanations(), q.options())).toList();
        CourseRules r = outline.rules();
        return new CoursePackage(new CoursePackage.Rules(r.passMark(), r.attemptLimit(), r.questionsPerTest(),
                r.attendanceThreshold()), modules, bank, courses.files(activityId, true));
    }

    public void write(long activityId, OutputStream out) {
        CourseArchive.write(export(activityId), out);
    }

    @Override
    public void importCourse(long activityId, InputStream zip) {
        importInto(activityId, zip);
    }

    /** Reads the zip (refusing it whole with ArchiveRefused) and replaces the course with it. */
    public void importInto(long activityId, InputStream zip) {
        CoursePackage course = CourseArchive.read(zip);
        authoring.open(activityId);
        courses.clearContent(activityId);
        questions.clear(activityId);
        CoursePackage.Rules r = course.rules();
        courses.saveRules(activityId, new CourseRules(r.passMark(), r.attemptLimit(), r.questionsPerTest(),
                r.attendanceThreshold()), OffsetDateTime.now(clock));
        for (CoursePackage.Module module : course.modules()) {
            long moduleId = courses.addModule(activityId, module.titles());
            for (CoursePackage.Lesson lesson : module.lessons()) {
                long lessonId = courses.addLesson(moduleId, lesson.required());
                courses.saveLessonTexts(lessonId, lesson.texts());
            }
        }
        course.questions().forEach(q -> questions.add(activityId, q));
        course.files().forEach(f -> courses.saveFile(activityId, f));
    }
}
