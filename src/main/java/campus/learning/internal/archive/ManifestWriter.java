package campus.learning.internal.archive;

import campus.learning.internal.CoursePackage;
import campus.learning.internal.CoursePackage.Attachment;
import campus.learning.internal.CoursePackage.Lesson;
import campus.learning.internal.CoursePackage.LessonText;
import campus.learning.internal.CoursePackage.Module;
import campus.learning.internal.CoursePackage.Option;
import campus.learning.internal.CoursePackage.Question;
import campus.learning.internal.CoursePackage.Rules;
import campus.shared.LanguageCode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Lays a course package out as the zip's entries: course.json first, then lesson bodies, then files. */
final class ManifestWriter {

    static final int FORMAT = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    // "\n" whatever the system's line separator, so every machine writes the same bytes
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter PRETTY =
            JSON.writer().with(new DefaultPrettyPrinter().withObjectIndenter(INDENT).withArrayIndenter(INDENT));

    private final Map<String, byte[]> bodies = new LinkedHashMap<>();

    private ManifestWriter() {
    }

    /** The entries in the order they are written; the package has passed {@link PackageCheck}. */
    static Map<String, byte[]> entries(CoursePackage course) {
        ManifestWriter writer = new ManifestWriter();
        ObjectNode manifest = writer.manifest(course);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        byte[] json = PRETTY.writeValueAsBytes(manifest);
        byte[] withNewline = Arrays.copyOf(json, json.length + 1);
        withNewline[json.length] = '\n';
        entries.put(EntryNames.MANIFEST, withNewline);
        entries.putAll(writer.bodies);
        for (Attachment file : course.files()) {
            entries.put(EntryNames.file(file.name()), file.content());
        }
        return entries;
    }

    private ObjectNode manifest(CoursePackage course) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.set("rules", rules(course.rules()));
        ArrayNode modules = root.putArray("modules");
        for (int m = 0; m < course.modules().size(); m++) {
            modules.add(module(course.modules().get(m), m + 1));
        }
        ArrayNode questions = root.putArray("questions");
        course.questions().forEach(q -> questions.add(question(q)));
        ArrayNode files = root.putArray("files");
        for (Attachment file : course.files()) {
            files.addObject().put("name", file.name()).put("contentType", file.contentType());
        }
        return root;
    }

    private static ObjectNode rules(Rules rules) {
        return JSON.createObjectNode()
                .put("passMark", rules.passMark())
                .put("attemptLimit", rules.attemptLimit())
                .put("questionsPerTest", rules.questionsPerTest())
                .put("attendanceThreshold", rules.attendanceThreshold());
    }

    private ObjectNode module(Module module, int number) {
        ObjectNode node = JSON.createObjectNode();
        node.set("titles", texts(module.titles()));
        ArrayNode lessons = node.putArray("lessons");
        for (int l = 0; l < module.lessons().size(); l++) {
            lessons.add(lesson(module.lessons().get(l), number, l + 1));
        }
        return node;
    }

    private ObjectNode lesson(Lesson lesson, int module, int number) {
        ObjectNode node = JSON.createObjectNode().put("required", lesson.required());
        ObjectNode texts = node.putObject("texts");
        for (String code : LanguageCode.codes()) {
            LessonText text = lesson.texts().get(code);
            if (text != null) {
                String path = EntryNames.lesson(module, number, code);
                bodies.put(path, text.markdown().getBytes(StandardCharsets.UTF_8));
                texts.putObject(code).put("title", text.title()).put("markdown", path);
            }
        }
        return node;
    }

    private static ObjectNode question(Question question) {
        ObjectNode node = JSON.createObjectNode().put("kind", question.kind());
        node.set("prompts", texts(question.prompts()));
        node.set("explanations", texts(question.explanations()));
        ArrayNode options = node.putArray("options");
        for (Option option : question.options()) {
            options.addObject().put("correct", option.correct()).set("labels", texts(option.labels()));
        }
        return node;
    }

    /** Texts in the platform's language order, whatever map the package holds them in. */
    private static ObjectNode texts(Map<String, String> texts) {
        ObjectNode node = JSON.createObjectNode();
        for (String code : LanguageCode.codes()) {
            if (texts.containsKey(code)) {
                node.put(code, texts.get(code));
            }
        }
        return node;
    }
}
