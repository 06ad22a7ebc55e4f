package campus.learning.internal.archive;

import static campus.learning.internal.archive.Refusals.assertRefused;
import static campus.learning.internal.archive.Zips.utf8;

import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A course.json that is not JSON, has the wrong shape, or describes a course the platform cannot
 * run is refused, naming the field. Each zip is the sample course with its manifest edited.
 */
class ManifestRefusalTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aManifestThatIsNotJsonIsRefusedWithWhereItBreaks() {
        assertRefused(withManifest("{\"format\": 1,\n  \"rules\": }"), "course.archive.manifest.malformed", 2, 12);
    }

    @Test
    void aManifestGivingAKeyTwiceIsRefused() {
        assertRefused(withManifest("{\"format\": 1, \"format\": 2}"), "course.archive.manifest.malformed", 1, 23);
    }

    @Test
    void aManifestWithSomethingAfterItsObjectIsRefused() {
        assertRefused(withManifest("{\"format\": 1} {}"), "course.archive.manifest.malformed", 1, 15);
    }

    @Test
    void aManifestNestedDeeperThanTheParserAllowsIsRefusedNotOverflowed() {
        assertRefused(withManifest("[".repeat(100_000)), "course.archive.manifest.malformed", 1, 1); // a limit, not a place: the start
    }

    @Test
    void aManifestThatIsNotAnObjectIsRefused() {
        assertRefused(withManifest("[1, 2]"), "course.archive.manifest.not.object");
    }

    @Test
    void anUnsupportedFormatVersionIsRefused() {
        assertRefused(edited(m -> m.put("format", 2)), "course.archive.version.unsupported", 2);
    }

    @Test
    void aMissingFormatIsRefusedNamingTheField() {
        assertRefused(edited(m -> m.remove("format")), "course.archive.manifest.field", "format");
    }

    @Test
    void aNumberWrittenAsTextIsRefusedNamingTheField() {
        assertRefused(edited(m -> rules(m).put("passMark", "70")), "course.archive.manifest.field", "rules.passMark");
    }

    @Test
    void aFractionalNumberIsRefusedNamingTheField() {
        assertRefused(edited(m -> rules(m).put("attemptLimit", 2.5)), "course.archive.manifest.field", "rules.attemptLimit");
    }

    @Test
    void aMissingModuleListIsRefused() {
        assertRefused(edited(m -> m.remove("modules")), "course.archive.manifest.field", "modules");
    }

    @Test
    void aLessonWithoutItsRequiredFlagIsRefusedNamingTheLesson() {
        assertRefused(edited(m -> lesson(m, 1, 0).remove("required")),
                "course.archive.manifest.field", "modules[1].lessons[0].required");
    }

    @Test
    void anOptionWhoseCorrectFlagIsNotABooleanIsRefused() {
        assertRefused(edited(m -> option(m, 1, 2).put("correct", "yes")),
                "course.archive.manifest.field", "questions[1].options[2].correct");
    }

    @Test
    void aBlankModuleTitleIsRefused() {
        assertRefused(edited(m -> ((ObjectNode) module(m, 0).get("titles")).put("fr", " ")),
                "course.archive.manifest.field", "modules[0].titles.fr");
    }

    @Test
    void aLessonWithNoLanguageIsRefused() {
        assertRefused(edited(m -> lesson(m, 0, 1).putObject("texts")),
                "course.archive.manifest.field", "modules[0].lessons[1].texts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "EN", "en-GB", ""})
    void aLanguageThePlatformDoesNotOfferIsRefused(String code) {
        assertRefused(edited(m -> ((ObjectNode) module(m, 0).get("titles")).put(code, "Title")),
                "course.archive.language.unknown", code, "modules[0].titles");
    }

    @Test
    void anUnknownLanguageInALessonIsRefusedBeforeItsFileIsLookedFor() {
        assertRefused(edited(m -> ((ObjectNode) lesson(m, 0, 0).get("texts")).putObject("de")
                        .put("title", "Verträge").put("markdown", "lessons/01-01/de.md")),
                "course.archive.language.unknown", "de", "modules[0].lessons[0].texts");
    }

    @Test
    void anUnknownQuestionKindIsRefused() {
        assertRefused(edited(m -> question(m, 0).put("kind", "essay")), "course.archive.question.kind", "questions[0]", "essay");
    }

    @Test
    void aSingleChoiceQuestionWithTwoCorrectOptionsIsRefused() {
        assertRefused(edited(m -> option(m, 0, 0).put("correct", true)), "course.archive.question.correct.one", "questions[0]");
    }

    @Test
    void aTrueFalseQuestionWithNoCorrectOptionIsRefused() {
        assertRefused(edited(m -> option(m, 2, 0).put("correct", false)), "course.archive.question.correct.one", "questions[2]");
    }

    @Test
    void aMultipleChoiceQuestionWithNoCorrectOptionIsRefused() {
        assertRefused(edited(m -> {
            option(m, 1, 0).put("correct", false);
            option(m, 1, 1).put("correct", false);
        }), "course.archive.question.correct.none", "questions[1]");
    }

    @Test
    void aTrueFalseQuestionWithThreeOptionsIsRefused() {
        assertRefused(edited(m -> ((ArrayNode) question(m, 2).get("options")).addObject().put("correct", false)),
                "course.archive.question.true.false.options", "questions[2]");
    }

    @Test
    void aChoiceQuestionWithOneOptionIsRefused() {
        assertRefused(edited(m -> {
            ArrayNode options = (ArrayNode) question(m, 0).get("options");
            options.remove(2);
            options.remove(0);
        }), "course.archive.question.options.few", "questions[0]");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void aPassMarkOutsideZeroToAHundredIsRefused(int mark) {
        assertRefused(edited(m -> rules(m).put("passMark", mark)), "course.archive.rules.pass.mark", mark);
    }

    @Test
    void anAttemptLimitUnderOneIsRefused() {
        assertRefused(edited(m -> rules(m).put("attemptLimit", 0)), "course.archive.rules.attempt.limit", 0);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void anAttendanceThresholdOutsideZeroToAHundredIsRefused(int threshold) {
        assertRefused(edited(m -> rules(m).put("attendanceThreshold", threshold)), "course.archive.rules.attendance", threshold);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4})
    void drawingNoQuestionsOrMoreThanTheBankHoldsIsRefused(int drawn) {
        assertRefused(edited(m -> rules(m).put("questionsPerTest", drawn)),
                "course.archive.rules.questions.per.test", drawn, 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {".htaccess", "a b.png", "../diagram.png", "sub/diagram.png", "é.png", "", "x:y"})
    void aFileNameOutsideTheAllowedCharactersIsRefused(String name) {
        assertRefused(edited(m -> file(m, 0).put("name", name)), "course.archive.file.name", name);
    }

    @Test
    void aFileListedTwiceIsRefused() {
        assertRefused(edited(m -> file(m, 1).put("name", "diagram.png")), "course.archive.file.duplicate", "diagram.png");
    }

    @Test
    void aContentTypeThatIsNotTypeSlashSubtypeIsRefused() {
        assertRefused(edited(m -> file(m, 1).put("contentType", "text")), "course.archive.manifest.field", "files[1].contentType");
    }

    private static byte[] withManifest(String manifest) {
        Map<String, byte[]> entries = Zips.entries(Courses.write(Courses.sample()));
        entries.put("course.json", utf8(manifest));
        return Zips.zip(entries);
    }

    private static byte[] edited(Consumer<ObjectNode> edit) {
        Map<String, byte[]> entries = Zips.entries(Courses.write(Courses.sample()));
        ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get("course.json"));
        edit.accept(manifest);
        entries.put("course.json", JSON.writeValueAsBytes(manifest));
        return Zips.zip(entries);
    }

    private static ObjectNode rules(ObjectNode manifest) {
        return (ObjectNode) manifest.get("rules");
    }

    private static ObjectNode module(ObjectNode manifest, int m) {
        return (ObjectNode) manifest.get("modules").get(m);
    }

    private static ObjectNode lesson(ObjectNode manifest, int m, int l) {
        return (ObjectNode) module(manifest, m).get("lessons").get(l);
    }

    private static ObjectNode question(ObjectNode manifest, int q) {
        return (ObjectNode) manifest.get("questions").get(q);
    }

    private static ObjectNode option(ObjectNode manifest, int q, int o) {
        return (ObjectNode) question(manifest, q).get("options").get(o);
    }

    private static ObjectNode file(ObjectNode manifest, int f) {
        JsonNode files = manifest.get("files");
        return (ObjectNode) files.get(f);
    }
}
