package campus.learning.internal.archive;

import static campus.learning.internal.archive.Refusals.assertRefused;
import static campus.learning.internal.archive.Zips.utf8;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Zips that are not zips, are damaged, or try to escape, exhaust or confuse the reader are refused. */
class HostileZipTest {

    private static final int MB = 1024 * 1024;

    @Test
    void bytesThatAreNotAZipAreRefused() {
        assertRefused(utf8("%PDF-1.7 not a zip at all"), "course.archive.not.zip");
    }

    @Test
    void nothingAtAllIsRefusedAsEmpty() {
        assertRefused(new byte[0], "course.archive.empty");
    }

    @Test
    void aZipWithoutEntriesIsRefusedAsEmpty() {
        assertRefused(new Zips.Raw().bytes(), "course.archive.empty");
    }

    @Test
    void aTruncatedZipIsRefusedAsCorrupt() {
        byte[] zip = Courses.write(Courses.sample());

        assertRefused(Arrays.copyOf(zip, 200), "course.archive.corrupt");
    }

    @Test
    void deflatedBytesThatDoNotInflateAreRefusedAsCorrupt() {
        byte[] zip = new Zips.Raw().garbled("course.json", new byte[] {(byte) 0xff, (byte) 0xff, 1, 2, 3}, 10).bytes();

        assertRefused(zip, "course.archive.corrupt");
    }

    @Test
    void aZipWithoutAManifestIsRefused() {
        assertRefused(Zips.zip(Map.of("lessons/01-01/en.md", utf8("# Lost"), "docs/course.json", utf8("{}"))),
                "course.archive.manifest.missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "/etc/x", "a/../../b", "C:x", "c:/windows/x", "a\\..\\b", "lessons\\01-01\\en.md",
            "./course.json", "a//b", "files/..", "../", "a/\u0000b"})
    void anEntryNameThatCouldEscapeAFolderIsRefused(String name) {
        Map<String, byte[]> entries = Zips.entries(Courses.write(Courses.sample()));
        entries.put(name, utf8("owned"));

        assertRefused(Zips.zip(entries), "course.archive.entry.unsafe", name);
    }

    @Test
    void twoEntriesWithTheSameNameAreRefused() {
        byte[] zip = new Zips.Raw()
                .stored("course.json", utf8("{\"format\": 1}"))
                .stored("files/a.png", utf8("first"))
                .stored("files/a.png", utf8("second"))
                .bytes();

        assertRefused(zip, "course.archive.entry.duplicate", "files/a.png");
    }

    @Test
    void aZipBombThatDeclaresASmallSizeIsStoppedByWhatItInflatesTo() {
        byte[] zip = new Zips.Raw()
                .stored("course.json", utf8("{\"format\": 1}"))
                .deflated("files/bomb.bin", new byte[11 * MB], 1_000)
                .bytes();

        assertRefused(zip, "course.archive.entry.too.large", "files/bomb.bin", 10);
    }

    @Test
    void entriesEachUnderTheLimitButTogetherOverItAreRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            entries.put("files/part" + i + ".bin", new byte[9 * MB]);
        }

        assertRefused(Zips.zip(entries), "course.archive.too.large", 50);
    }

    @Test
    void moreThanTwoThousandEntriesAreRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= 2_000; i++) {
            entries.put("files/f" + i + ".txt", new byte[0]);
        }

        assertRefused(Zips.zip(entries), "course.archive.entries.too.many", 2_000);
    }

    @Test
    void aLessonTheManifestNamesButTheZipLacksIsRefused() {
        Map<String, byte[]> entries = Zips.entries(Courses.write(Courses.sample()));
        entries.remove("lessons/02-01/fr.md");

        assertRefused(Zips.zip(entries), "course.archive.entry.missing", "lessons/02-01/fr.md");
    }

    @Test
    void aFileTheManifestListsButTheZipLacksIsRefused() {
        Map<String, byte[]> entries = Zips.entries(Courses.write(Courses.sample()));
        entries.remove("files/diagram.png");

        assertRefused(Zips.zip(entries), "course.archive.entry.missing", "files/diagram.png");
    }

    @Test
    void aLessonThatIsNotUtf8IsRefused() {
        Map<String, byte[]> entries = Zips.entries(Courses.write(Courses.sample()));
        entries.put("lessons/01-01/fr.md", new byte[] {'#', ' ', (byte) 0xc3, '(', 'x'}); // Latin-1 thinking

        assertRefused(Zips.zip(entries), "course.archive.markdown.encoding", "lessons/01-01/fr.md");
    }
}
