package campus.learning.internal.archive;

import campus.learning.internal.CoursePackage;
import campus.learning.internal.CoursePackage.Attachment;
import campus.learning.internal.CoursePackage.Lesson;
import campus.learning.internal.CoursePackage.LessonText;
import campus.learning.internal.CoursePackage.Module;
import campus.learning.internal.CoursePackage.Option;
import campus.learning.internal.CoursePackage.Question;
import campus.learning.internal.CoursePackage.Rules;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads course.json and the entries it names into a package. Only the shape is checked here;
 * the course's own rules are {@link PackageCheck}'s. Entries the manifest does not name are ignored.
 */
final class ManifestReader {

    // a key given twice would let two tools read two different courses out of one file
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final ZipContents zip;

    private ManifestReader(ZipContents zip) {
        this.zip = zip;
    }

    static CoursePackage read(ZipContents zip) {
        if (!zip.has(EntryNames.MANIFEST)) {
            throw new ArchiveRefused("course.archive.manifest.missing");
        }
        return new ManifestReader(zip).course(parse(zip.bytes(EntryNames.MANIFEST)));
    }

    private static Field parse(byte[] manifest) {
        JsonNode root;
        try {
            root = JSON.readTree(manifest);
        } catch (JacksonException e) {
            var at = e.getLocation(); // none for a broken limit such as nesting depth: point at the start
            throw new ArchiveRefused(e, "course.archive.manifest.malformed",
                    at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr());
        }
        if (root == null || !root.isObject()) {
            throw new ArchiveRefused("course.archive.manifest.not.object");
        }
        return new Field(root, "");
    }

    private CoursePackage course(Field root) {
        int format = root.get("format").integer();
        if (format != ManifestWriter.FORMAT) {
            throw new ArchiveRefused("course.archive.version.unsupported", format);
        }
        Rules rules = rules(root.get("rules"));
        return new CoursePackage(rules, root.get("modules").list(this::module),
                root.get("questions").optionalList(ManifestReader::question),
                root.get("files").optionalList(this::file));
    }

    private static Rules rules(Field rules) {
        return new Rules(rules.get("passMark").integer(), rules.get("attemptLimit").integer(),
                rules.get("questionsPerTest").optionalInteger(), rules.get("attendanceThreshold").integer());
    }

    private Module module(Field module) {
        return new Module(module.get("titles").strings(), module.get("lessons").list(this::lesson));
    }

    private Lesson lesson(Field lesson) {
        return new Lesson(lesson.get("required").bool(), lesson.get("texts").languages(this::lessonText));
    }

    private LessonText lessonText(Field text) {
        String title = text.get("title").string();
        return new LessonText(title, zip.text(text.get("markdown").string()));
    }

    private static Question question(Field question) {
        return new Question(question.get("kind").string(), question.get("prompts").strings(),
                question.get("explanations").optionalStrings(), question.get("options").list(ManifestReader::option));
    }

    private static Option option(Field option) {
        return new Option(option.get("correct").bool(), option.get("labels").optionalStrings());
    }

    private Attachment file(Field file) {
        String name = file.get("name").string();
        if (!EntryNames.isFileName(name)) {
            throw new ArchiveRefused("course.archive.file.name", name); // before it becomes part of a path
        }
        return new Attachment(name, file.get("contentType").string(), zip.bytes(EntryNames.file(name)));
    }
}
