package campus.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import campus.CampusTest;
import campus.reporting.ResultsData;
import java.time.Duration;
import java.util.Random;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The snapshot of the results index is used only for the version of the read model it was packed from, and a
 * damaged one is rebuilt from the data instead of trusted.
 */
@CampusTest
class ResultsSnapshotTest {

    @Autowired ResultsSnapshots snapshots;
    @Autowired ResultsStore store;
    @Autowired DSLContext db;
    @Autowired TransactionTemplate transactions;

    @Test
    void aSnapshotServesOnlyItsVersionAndADamagedOneIsIgnored() {
        ResultsData data = IndexedReportTest.random(new Random(7));
        ResultsIndex index = new ResultsIndex(data);
        snapshots.save(41_000_001L, index);
        assertThat(snapshots.find(41_000_001L)).hasValueSatisfying(read ->
                assertThat(read.report(2022)).isEqualTo(index.report(2022)));
        assertThat(snapshots.find(41_000_002L)).isEmpty();

        db.execute("UPDATE results_snapshot SET data = ? WHERE id = 1", (Object) new byte[] {1, 2, 3});
        assertThat(snapshots.find(41_000_001L)).isEmpty();
        db.execute("UPDATE results_snapshot SET code = 'another release' WHERE id = 1");
        assertThat(snapshots.find(41_000_001L)).isEmpty();
    }

    @Test
    void aNewProcessStartsFromTheSnapshotAndAChangeOfTheModelRebuilds() {
        // a service that keeps every index it builds, as one whose build took longer than the threshold would
        ReportingService first = new ReportingService(store, snapshots, Duration.ZERO);
        java.util.Map<String, Object> before = transactions.execute(status -> first.report(2024, null));
        long version = transactions.execute(status -> store.version());
        assertThat(db.fetchValue("SELECT version FROM results_snapshot WHERE id = 1")).isEqualTo(version);

        // a second process with a high threshold never builds a snapshot itself: it reads the first one's
        ReportingService second = new ReportingService(store, snapshots, Duration.ofDays(1));
        java.util.Map<String, Object> again = transactions.execute(status -> second.report(2024, null));
        assertThat(again).isEqualTo(before);

        // the model changes: the old snapshot no longer answers, the report follows the data
        transactions.executeWithoutResult(status -> store.save(new ResultsData(java.util.List.of(
                new ResultsData.Participant("SNAP-P1", "female", 1990, "KE", "workers", null, null, null, null)),
                java.util.List.of(), java.util.List.of(new ResultsData.Activity("SNAP-A1", "Snapshot", campus.shared.Modality.FACE_TO_FACE,
                        java.time.LocalDate.of(2024, 3, 1), java.time.LocalDate.of(2024, 3, 5), "en", null)),
                java.util.List.of(new ResultsData.Enrolment("SNAP-E1", "SNAP-P1", "SNAP-A1", java.time.LocalDate.of(2024, 2, 1),
                        "completed", java.time.LocalDate.of(2024, 3, 5))),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                java.util.Map.of())));
        assertThat(snapshots.find(transactions.execute(status -> store.version()))).isEmpty();
        java.util.Map<String, Object> after = transactions.execute(status -> second.report(2024, null));
        assertThat(((Number) ((java.util.Map<?, ?>) after.get("enrolments")).get("total")).longValue())
                .isEqualTo(((Number) ((java.util.Map<?, ?>) before.get("enrolments")).get("total")).longValue() + 1);
    }
}
