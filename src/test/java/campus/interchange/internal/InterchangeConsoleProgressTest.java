package campus.interchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import campus.interchange.internal.ImportProgress.Phase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The command line tells progress every two seconds, with a rate, and the end of a phase it has told. */
class InterchangeConsoleProgressTest {

    @Test
    void printsEveryTwoSecondsAndTheEndOfALongPhase() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), now::get);

        progress.update(Phase.READING, 10, 10); // a quick phase says nothing
        progress.update(Phase.CHECKING, 0, 5000);
        now.addAndGet(1_000_000_000L);
        progress.update(Phase.CHECKING, 1000, 5000); // not yet two seconds
        now.addAndGet(1_000_000_000L);
        progress.update(Phase.CHECKING, 2000, 5000);
        now.addAndGet(500_000_000L);
        progress.update(Phase.CHECKING, 5000, 5000);

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "Checking: 2,000 / 5,000 rows (1,000 rows/s)",
                "Checking: 5,000 / 5,000 rows (2,000 rows/s)");
    }
}
