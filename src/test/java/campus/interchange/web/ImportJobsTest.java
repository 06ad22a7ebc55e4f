package campus.interchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import campus.interchange.InterchangeProblem;
import campus.interchange.ReadResult;
import campus.reporting.ReportingApi;
import campus.reporting.ResultsData;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * After an upload import that wrote, the reports' index is prepared on the import's thread once the job shows as
 * finished, so the administrator's next dashboard does not wait for it; after one that wrote nothing, it is not.
 */
class ImportJobsTest {

    final ReportingApi reporting = mock(ReportingApi.class);
    final ImportJobs jobs = new ImportJobs(reporting);

    @AfterEach
    void stop() {
        jobs.destroy();
    }

    @Test
    void anImportThatWroteHasItsReportsPreparedAfterItShowsFinished() throws Exception {
        CountDownLatch preparing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(call -> {
            preparing.countDown();
            release.await(10, TimeUnit.SECONDS);
            return null;
        }).when(reporting).prepare();

        ImportJob job = jobs.start(progress -> new ReadResult(ResultsData.empty(), List.of()), () -> { }).orElseThrow();

        assertThat(preparing.await(10, TimeUnit.SECONDS)).isTrue();
        // while the index is being prepared, the job already shows its result and the next import may start
        assertThat(job.running()).isFalse();
        assertThat(job.result().ok()).isTrue();
        assertThat(jobs.busy()).isFalse();
        release.countDown();
        verify(reporting, timeout(10_000)).prepare();
    }

    @Test
    void anImportWithProblemsOrAFailureLeavesTheReportsAlone() throws Exception {
        ReadResult refused = new ReadResult(null, List.of(new InterchangeProblem("enrolments.csv", 2, "status", "wrong")));
        ImportJob withProblems = jobs.start(progress -> refused, () -> { }).orElseThrow();
        awaitFinished(withProblems);
        ImportJob failing = jobs.start(progress -> {
            throw new IllegalStateException("disk full");
        }, () -> { }).orElseThrow();
        awaitFinished(failing);

        verify(reporting, after(500).never()).prepare();
        assertThat(withProblems.result().ok()).isFalse();
        assertThat(failing.failed()).isTrue();
    }

    @Test
    void aFailedPreparationLeavesTheImportFinishedAndTheNextOneFree() throws Exception {
        doAnswer(call -> {
            throw new IllegalStateException("database gone");
        }).when(reporting).prepare();

        ImportJob job = jobs.start(progress -> new ReadResult(ResultsData.empty(), List.of()), () -> { }).orElseThrow();

        verify(reporting, timeout(10_000)).prepare();
        assertThat(job.result().ok()).isTrue();
        assertThat(jobs.start(progress -> new ReadResult(ResultsData.empty(), List.of()), () -> { })).isPresent();
    }

    private static void awaitFinished(ImportJob job) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (job.running() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(job.running()).isFalse();
    }
}
