package campus.learning.internal.archive;

import static campus.learning.internal.archive.Courses.assertSameCourse;
import static campus.learning.internal.archive.Zips.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import campus.learning.internal.CoursePackage;
import campus.learning.internal.CoursePackage.Attachment;
import campus.learning.internal.CoursePackage.Lesson;
import campus.learning.internal.CoursePackage.LessonText;
import campus.learning.internal.CoursePackage.Module;
import campus.learning.internal.CoursePackage.Rules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A course written as a zip reads back as the same course, and the same course writes the same bytes. */
class CourseArchiveTest {

    @Test
    void aWrittenCourseReadsBackTheSame() {
        CoursePackage course = Courses.sample();

        CoursePackage read = CourseArchive.read(new ByteArrayInputStream(Courses.write(course)));

        assertSameCourse(read, course);
        assertThat(read.modules().get(0).lessons().get(1).texts()).containsOnlyKeys("en");
        assertThat(read.files().get(0).content()).isEqualTo(Courses.PNG);
    }

    @Test
    void theZipHoldsTheManifestLessonsAndFilesUnderTheirDocumentedNames() {
        Map<String, byte[]> entries = Zips.entries(Courses.write(Courses.sample()));

        assertThat(entries.keySet()).containsExactly("course.json",
                "lessons/01-01/en.md", "lessons/01-01/fr.md", "lessons/01-02/en.md",
                "lessons/02-01/en.md", "lessons/02-01/fr.md",
                "files/diagram.png", "files/handout.txt");
        assertThat(new String(entries.get("course.json"), StandardCharsets.UTF_8))
                .contains("\"format\"", "\"markdown\"", "lessons/01-02/en.md", "\"true_false\"");
    }

    @Test
    void writingTheSameCourseTwiceGivesTheSameBytes() {
        assertThat(Courses.write(Courses.sample())).isEqualTo(Courses.write(Courses.sample()));
    }

    @Test
    void theOrderAMapHappensToHoldItsLanguagesInDoesNotChangeTheBytes() {
        Map<String, String> frFirst = new LinkedHashMap<>();
        frFirst.put("fr", "Titre");
        frFirst.put("en", "Title");
        Map<String, String> enFirst = new LinkedHashMap<>();
        enFirst.put("en", "Title");
        enFirst.put("fr", "Titre");

        assertThat(Courses.write(withModuleTitles(frFirst))).isEqualTo(Courses.write(withModuleTitles(enFirst)));
    }

    @Test
    void entriesTheManifestDoesNotNameAreIgnored() {
        Map<String, byte[]> entries = Zips.entries(Courses.write(Courses.sample()));
        entries.put("__MACOSX/._course.json", new byte[] {0, 5, 22, 7});
        entries.put("lessons/", new byte[0]);
        entries.put("README.txt", utf8("made by hand"));

        assertSameCourse(read(Zips.zip(entries)), Courses.sample());
    }

    @Test
    void aByteOrderMarkBeforeALessonIsDropped() {
        Map<String, byte[]> entries = Zips.entries(Courses.write(Courses.sample()));
        entries.put("lessons/01-02/en.md", utf8("\uFEFFSee [the handout](files/handout.txt)."));

        assertSameCourse(read(Zips.zip(entries)), Courses.sample());
    }

    @Test
    void aManifestMayLeaveOutQuestionsFilesExplanationsAndLabels() {
        String manifest = """
                {"format": 1,
                 "rules": {"passMark": 50, "attemptLimit": 1, "attendanceThreshold": 0},
                 "modules": [{"titles": {"es": "Único"}, "lessons": [
                     {"required": true, "texts": {"es": {"title": "Hola", "markdown": "lessons/01-01/es.md"}}}]}]}
                """;
        byte[] zip = Zips.zip(Map.of("course.json", utf8(manifest), "lessons/01-01/es.md", utf8("¡Hola!")));

        CoursePackage read = read(zip);

        assertThat(read.rules()).isEqualTo(new Rules(50, 1, null, 0));
        assertThat(read.modules().get(0).lessons().get(0).texts().get("es")).isEqualTo(new LessonText("Hola", "¡Hola!"));
        assertThat(read.questions()).isEmpty();
        assertThat(read.files()).isEmpty();
    }

    @Test
    void theCallersStreamsAreLeftOpen() {
        AtomicBoolean outClosed = new AtomicBoolean();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                outClosed.set(true);
            }
        };
        CourseArchive.write(Courses.sample(), out);
        AtomicBoolean inClosed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream(out.toByteArray()) {
            @Override
            public void close() {
                inClosed.set(true);
            }
        };
        CourseArchive.read(in);

        assertThat(outClosed).isFalse();
        assertThat(inClosed).isFalse();
    }

    @Test
    void aCourseTheReaderWouldRefuseIsNotWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> CourseArchive.write(Courses.sample(new Rules(101, 3, null, 80)), out))
                .isInstanceOfSatisfying(ArchiveRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("course.archive.rules.pass.mark"));
        assertThat(out.size()).isZero();
    }

    @Test
    void aFileOverTheEntryLimitIsNotWritten() {
        CoursePackage sample = Courses.sample();
        CoursePackage big = new CoursePackage(sample.rules(), sample.modules(), sample.questions(),
                List.of(new Attachment("film.mp4", "video/mp4", new byte[10 * 1024 * 1024 + 1])));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> CourseArchive.write(big, out))
                .isInstanceOfSatisfying(ArchiveRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("course.archive.entry.too.large");
                    assertThat(e.arguments()).containsExactly("files/film.mp4", 10);
                });
        assertThat(out.size()).isZero();
    }

    private static CoursePackage withModuleTitles(Map<String, String> titles) {
        Module module = new Module(titles, List.of(new Lesson(true, Map.of("en", new LessonText("One", "Body")))));
        return new CoursePackage(new Rules(50, 2, null, 75), List.of(module), List.of(), List.of());
    }

    private static CoursePackage read(byte[] zip) {
        return CourseArchive.read(new ByteArrayInputStream(zip));
    }
}
