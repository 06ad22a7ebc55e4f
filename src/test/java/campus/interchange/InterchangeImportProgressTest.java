package campus.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import campus.CampusTest;
import campus.Fixtures;
import campus.interchange.internal.FolderReader;
import campus.interchange.internal.HistoryImport;
import campus.interchange.internal.ImportProgress;
import campus.interchange.internal.ImportProgress.Phase;
import campus.reporting.ResultsData;
import campus.reporting.ResultsData.Activity;
import campus.reporting.ResultsData.Enrolment;
import campus.reporting.ResultsData.Participant;
import campus.shared.Modality;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** An import tells how far it has got, phase by phase, with counts that only grow and end at the total. */
@CampusTest
class InterchangeImportProgressTest {

    record Update(Phase phase, long done, long total) {
    }

    static final class Recorder implements ImportProgress {
        final List<Update> updates = new ArrayList<>();

        @Override
        public void update(Phase phase, long done, long total) {
            updates.add(new Update(phase, done, total));
        }

        List<Update> of(Phase phase) {
            return updates.stream().filter(u -> u.phase() == phase).toList();
        }
    }

    @TempDir Path dir;
    @Autowired HistoryImport history;
    @Autowired campus.reporting.ReportingApi reporting;

    /** 1,200 participants, one activity, 1,200 enrolments: 2,401 rows, more than one progress step. */
    static ResultsData folderOf(String tag) {
        List<Participant> participants = IntStream.range(0, 1200)
                .mapToObj(i -> new Participant(tag + "-P" + i, "female", 1990, "KE", "workers", null, null, null, null)).toList();
        List<Enrolment> enrolments = IntStream.range(0, 1200)
                .mapToObj(i -> new Enrolment(tag + "-E" + i, tag + "-P" + i, tag + "-A", LocalDate.of(2019, 4, 1), "enrolled", null))
                .toList();
        return new ResultsData(participants, List.of(),
                List.of(new Activity(tag + "-A", "Course", Modality.BLENDED, LocalDate.of(2019, 5, 1), null, "en", null)),
                enrolments, List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    @Test
    void readingThenCheckingCountUpToTheirTotals() {
        Path folder = dir.resolve("f");
        InterchangeFolder.write(folderOf("r"), folder);
        Recorder recorder = new Recorder();

        ReadResult result = FolderReader.read(folder, KnownIds.none(), recorder);

        assertThat(result.ok()).isTrue();
        assertThat(recorder.updates.get(0).phase()).isEqualTo(Phase.READING);
        assertIncreasingTo(recorder.of(Phase.READING), 10);
        assertIncreasingTo(recorder.of(Phase.CHECKING), 2401);
        // files are parsed on their own thread while the first are checked, yet the rows checked are told
        // only once every file is read (then the total is known): phase after phase, as a person reads it
        List<Phase> phases = recorder.updates.stream().map(Update::phase).toList();
        assertThat(phases.lastIndexOf(Phase.READING)).isLessThan(phases.indexOf(Phase.CHECKING));
        assertThat(recorder.of(Phase.WRITING)).isEmpty();
    }

    @Test
    void anImportAlsoCountsWhatItWrites() {
        String tag = Fixtures.unique("prog");
        Path folder = dir.resolve("w");
        InterchangeFolder.write(folderOf(tag), folder);
        Recorder recorder = new Recorder();

        assertThat(history.importFolder(folder, recorder).ok()).isTrue();

        assertThat(recorder.updates).extracting(Update::phase).containsSubsequence(Phase.READING, Phase.CHECKING, Phase.WRITING);
        assertIncreasingTo(recorder.of(Phase.WRITING), 2401);
        assertThat(recorder.of(Phase.WRITING)).hasSizeGreaterThan(2);
    }

    @Test
    void aFolderWithProblemsIsCheckedToItsEndAndNothingIsWritten() {
        Path folder = dir.resolve("bad");
        InterchangeFolder.write(folderOf("b"), folder);
        TestFolders.file(folder, "activities.csv", "activity_id,title,modality,start_date\nb-A,Course,webinar,2019-05-01\n");
        Recorder recorder = new Recorder();

        assertThat(history.importFolder(folder, recorder).ok()).isFalse();

        assertIncreasingTo(recorder.of(Phase.CHECKING), 2401);
        assertThat(recorder.of(Phase.WRITING)).isEmpty();
        // the participants were valid and written while the activities were checked: rolled back with the rest
        assertThat(reporting.knownIds().get("participant")).doesNotContain("b-P0", "b-P1199");
    }

    /**
     * Writing runs alongside checking, so by the time the last file's problem is found the earlier files'
     * records are written: the whole import is still rolled back, and the same folder corrected imports.
     */
    @Test
    void aProblemInTheLastFileRollsBackWhatTheEarlierFilesWrote() {
        Path folder = dir.resolve("late");
        String tag = Fixtures.unique("late");
        InterchangeFolder.write(folderOf(tag), folder);
        TestFolders.file(folder, "income_groups.csv", "country,income_group\nKE,lower_middle\nFR,rich\n");
        ReadResult result = history.importFolder(folder, new Recorder());

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).extracting(InterchangeProblem::toString)
                .singleElement().asString().startsWith("income_groups.csv:3: income_group: 'rich' is not");
        assertThat(reporting.knownIds().get("participant")).doesNotContain(tag + "-P0", tag + "-P1199");
        assertThat(reporting.knownIds().get("enrolment")).doesNotContain(tag + "-E0");
        // counted by this folder's ids: other tests' event listeners may still be writing their own enrolments
        assertThat(reporting.data().enrolments()).noneMatch(e -> e.id().startsWith(tag + "-"));
        assertThat(reporting.data().participants()).noneMatch(p -> p.id().startsWith(tag + "-"));

        TestFolders.file(folder, "income_groups.csv", "country,income_group\nKE,lower_middle\n");
        assertThat(history.importFolder(folder, new Recorder()).ok()).isTrue();
        assertThat(reporting.knownIds().get("enrolment")).contains(tag + "-E0", tag + "-E1199");
    }

    private static void assertIncreasingTo(List<Update> updates, long total) {
        assertThat(updates).isNotEmpty().allSatisfy(u -> assertThat(u.total()).isEqualTo(total));
        for (int i = 1; i < updates.size(); i++) {
            assertThat(updates.get(i).done()).as("update " + i).isGreaterThan(updates.get(i - 1).done());
        }
        assertThat(updates.get(updates.size() - 1).done()).isEqualTo(total);
    }
}
