package campus.learning.internal;

import java.util.List;
import java.util.Map;

/**
 * A whole course as it travels between installations (the zip of Markdown files and a manifest):
 * its rules, its modules of lessons, its question bank and its files. Texts are keyed by language
 * code ("en", "fr", "es"); a lesson or question offers the languages its map holds.
 */
public record CoursePackage(Rules rules, List<Module> modules, List<Question> questions, List<Attachment> files) {

    /** Pass mark and attempt limit of the post-test, questions drawn per test (null: all), attendance share needed. */
    public record Rules(int passMark, int attemptLimit, Integer questionsPerTest, int attendanceThreshold) {
    }

    /** A module: its title per language and its lessons in order. */
    public record Module(Map<String, String> titles, List<Lesson> lessons) {
    }

    /** A lesson: whether completion needs it, and its title and Markdown body per language. */
    public record Lesson(boolean required, Map<String, LessonText> texts) {
    }

    /** A lesson's title and Markdown body in one language. */
    public record LessonText(String title, String markdown) {
    }

    /** kind is "single", "multiple" or "true_false"; true/false questions hold two options, true then false. */
    public record Question(String kind, Map<String, String> prompts, Map<String, String> explanations,
                           List<Option> options) {
    }

    /** An answer option; labels per language (empty for true/false, whose labels come from the bundles). */
    public record Option(boolean correct, Map<String, String> labels) {
    }

    /** A file lessons link to or show, by its name ("files/NAME" in Markdown). */
    public record Attachment(String name, String contentType, byte[] content) {
    }
}
