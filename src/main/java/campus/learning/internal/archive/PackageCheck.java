package campus.learning.internal.archive;

import campus.learning.internal.CoursePackage;
import campus.learning.internal.CoursePackage.Attachment;
import campus.learning.internal.CoursePackage.Lesson;
import campus.learning.internal.CoursePackage.Module;
import campus.learning.internal.CoursePackage.Option;
import campus.learning.internal.CoursePackage.Question;
import campus.learning.internal.CoursePackage.Rules;
import campus.shared.LanguageCode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every archived course keeps, checked on reading and on writing alike so that a
 * package the writer accepts is one the reader accepts. Arguments name the place in course.json.
 */
final class PackageCheck {

    static final Set<String> KINDS = Set.of("single", "multiple", "true_false");
    // type/subtype only (RFC 6838 names): parameters have no use for a stored file
    private static final Pattern CONTENT_TYPE =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*");

    private PackageCheck() {
    }

    static void check(CoursePackage course) {
        rules(course.rules(), course.questions().size());
        for (int m = 0; m < course.modules().size(); m++) {
            module(course.modules().get(m), "modules[" + m + "]");
        }
        for (int q = 0; q < course.questions().size(); q++) {
            question(course.questions().get(q), "questions[" + q + "]");
        }
        files(course.files());
    }

    /** Refuses a language code the platform does not offer; path says where it was found. */
    static void language(String code, String path) {
        if (!LanguageCode.codes().contains(code)) {
            throw new ArchiveRefused("course.archive.language.unknown", code, path);
        }
    }

    private static void rules(Rules rules, int bankSize) {
        if (rules.passMark() < 0 || rules.passMark() > 100) {
            throw new ArchiveRefused("course.archive.rules.pass.mark", rules.passMark());
        }
        if (rules.attemptLimit() < 1) {
            throw new ArchiveRefused("course.archive.rules.attempt.limit", rules.attemptLimit());
        }
        if (rules.attendanceThreshold() < 0 || rules.attendanceThreshold() > 100) {
            throw new ArchiveRefused("course.archive.rules.attendance", rules.attendanceThreshold());
        }
        Integer drawn = rules.questionsPerTest();
        if (drawn != null && (drawn < 1 || drawn > bankSize)) {
            throw new ArchiveRefused("course.archive.rules.questions.per.test", drawn, bankSize);
        }
    }

    private static void module(Module module, String path) {
        texts(module.titles(), path + ".titles");
        for (int l = 0; l < module.lessons().size(); l++) {
            Lesson lesson = module.lessons().get(l);
            String at = path + ".lessons[" + l + "].texts";
            present(!lesson.texts().isEmpty(), at);
            lesson.texts().forEach((code, text) -> {
                language(code, at);
                present(!text.title().isBlank(), at + "." + code + ".title");
                present(text.markdown() != null, at + "." + code + ".markdown");
            });
        }
    }

    private static void question(Question question, String path) {
        if (question.kind() == null || !KINDS.contains(question.kind())) {
            throw new ArchiveRefused("course.archive.question.kind", path, question.kind());
        }
        texts(question.prompts(), path + ".prompts");
        question.explanations().keySet().forEach(code -> language(code, path + ".explanations"));
        List<Option> options = question.options();
        boolean trueFalse = question.kind().equals("true_false");
        for (int o = 0; o < options.size(); o++) {
            String at = path + ".options[" + o + "].labels";
            if (trueFalse) {
                options.get(o).labels().keySet().forEach(code -> language(code, at));
            } else {
                texts(options.get(o).labels(), at); // the bundles name only true and false
            }
        }
        if (trueFalse && options.size() != 2) {
            throw new ArchiveRefused("course.archive.question.true.false.options", path);
        }
        if (!trueFalse && options.size() < 2) {
            throw new ArchiveRefused("course.archive.question.options.few", path);
        }
        long correct = options.stream().filter(Option::correct).count();
        if (question.kind().equals("multiple") && correct == 0) {
            throw new ArchiveRefused("course.archive.question.correct.none", path);
        }
        if (!question.kind().equals("multiple") && correct != 1) {
            throw new ArchiveRefused("course.archive.question.correct.one", path);
        }
    }

    private static void files(List<Attachment> files) {
        Set<String> names = new HashSet<>();
        for (int f = 0; f < files.size(); f++) {
            Attachment file = files.get(f);
            if (!EntryNames.isFileName(file.name())) {
                throw new ArchiveRefused("course.archive.file.name", file.name());
            }
            if (!names.add(file.name())) {
                throw new ArchiveRefused("course.archive.file.duplicate", file.name());
            }
            present(file.contentType() != null && CONTENT_TYPE.matcher(file.contentType()).matches(), "files[" + f + "].contentType");
            present(file.content() != null, "files[" + f + "].content");
        }
    }

    /** Texts shown to learners: at least one language, each known and none blank. */
    private static void texts(Map<String, String> texts, String path) {
        present(!texts.isEmpty(), path);
        texts.forEach((code, text) -> {
            language(code, path);
            present(!text.isBlank(), path + "." + code);
        });
    }

    private static void present(boolean present, String path) {
        if (!present) {
            throw new ArchiveRefused("course.archive.manifest.field", path);
        }
    }
}
