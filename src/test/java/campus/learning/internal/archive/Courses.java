package campus.learning.internal.archive;

import static org.assertj.core.api.Assertions.assertThat;

import campus.learning.internal.CoursePackage;
import campus.learning.internal.CoursePackage.Attachment;
import campus.learning.internal.CoursePackage.Lesson;
import campus.learning.internal.CoursePackage.LessonText;
import campus.learning.internal.CoursePackage.Module;
import campus.learning.internal.CoursePackage.Option;
import campus.learning.internal.CoursePackage.Question;
import campus.learning.internal.CoursePackage.Rules;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A sample course with every kind of content the format carries, and ways to compare packages. */
final class Courses {

    /** The first bytes of a PNG file, then every byte value, so nothing text-like survives by luck. */
    static final byte[] PNG = png();

    private Courses() {
    }

    static CoursePackage sample() {
        return sample(new Rules(70, 3, 2, 80));
    }

    static CoursePackage sample(Rules rules) {
        Module basics = new Module(Map.of("en", "Basics", "fr", "Notions de base"), List.of(
                new Lesson(true, Map.of(
                        "en", new LessonText("What a contract is", "# Contracts\n\n![diagram](files/diagram.png)\n"),
                        "fr", new LessonText("Ce qu’est un contrat", "# Contrats\n\nÉlément, « citation », déjà vu.\n"))),
                new Lesson(false, Map.of(
                        "en", new LessonText("Further reading", "See [the handout](files/handout.txt).")))));
        Module practice = new Module(Map.of("en", "Practice", "fr", "Pratique", "es", "Práctica"), List.of(
                new Lesson(true, Map.of(
                        "en", new LessonText("A case", "A case to discuss.\r\nWith CRLF lines.\r\n"),
                        "fr", new LessonText("Un cas", "Un cas à discuter.\n")))));
        List<Question> questions = List.of(
                new Question("single", Map.of("en", "Which is a contract?", "fr", "Lequel est un contrat ?"),
                        Map.of("en", "An agreement that binds."), List.of(
                        new Option(false, Map.of("en", "A wish", "fr", "Un souhait")),
                        new Option(true, Map.of("en", "An agreement", "fr", "Un accord")),
                        new Option(false, Map.of("en", "A rumour", "fr", "Une rumeur")))),
                new Question("multiple", Map.of("en", "Which bind?"), Map.of(), List.of(
                        new Option(true, Map.of("en", "A signed deal")),
                        new Option(true, Map.of("en", "A spoken promise")),
                        new Option(false, Map.of("en", "A dream")))),
                new Question("true_false", Map.of("en", "A contract can be oral.", "fr", "Un contrat peut être oral."),
                        Map.of("fr", "Oui, souvent."), List.of(
                        new Option(true, Map.of()),
                        new Option(false, Map.of()))));
        List<Attachment> files = List.of(
                new Attachment("diagram.png", "image/png", PNG),
                new Attachment("handout.txt", "text/plain", "Read me.\n".getBytes(StandardCharsets.UTF_8)));
        return new CoursePackage(rules, List.of(basics, practice), questions, files);
    }

    static byte[] write(CoursePackage course) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CourseArchive.write(course, out);
        return out.toByteArray();
    }

    /** Records holding byte[] compare the array's identity, so files are compared by content here. */
    static void assertSameCourse(CoursePackage actual, CoursePackage expected) {
        assertThat(actual.rules()).isEqualTo(expected.rules());
        assertThat(actual.modules()).isEqualTo(expected.modules());
        assertThat(actual.questions()).isEqualTo(expected.questions());
        assertThat(actual.files()).hasSameSizeAs(expected.files());
        for (int i = 0; i < expected.files().size(); i++) {
            Attachment a = actual.files().get(i);
            Attachment e = expected.files().get(i);
            assertThat(a.name()).isEqualTo(e.name());
            assertThat(a.contentType()).isEqualTo(e.contentType());
            assertThat(Arrays.equals(a.content(), e.content())).as("content of " + e.name()).isTrue();
        }
    }

    private static byte[] png() {
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        byte[] bytes = new byte[header.length + 256];
        System.arraycopy(header, 0, bytes, 0, header.length);
        for (int i = 0; i < 256; i++) {
            bytes[header.length + i] = (byte) i;
        }
        return bytes;
    }
}
