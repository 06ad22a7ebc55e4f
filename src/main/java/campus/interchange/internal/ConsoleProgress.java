package campus.interchange.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress of a command-line import, on standard error (standard output stays for data) and at most
 * every two seconds, so that a large folder shows it is moving without a line per row; a phase that printed
 * anything also prints its end, so the last line of a long phase is its total.
 */
final class ConsoleProgress implements ImportProgress {

    static final long EVERY_NANOS = 2_000_000_000L;

    private final PrintStream out;
    private final LongSupplier nanoTime;
    private Phase phase;
    private long phaseStart;
    private long lastPrint;
    private boolean printedInPhase;

    ConsoleProgress(PrintStream out, LongSupplier nanoTime) {
        this.out = out;
        this.nanoTime = nanoTime;
        this.lastPrint = nanoTime.getAsLong();
    }

    @Override
    public void update(Phase current, long done, long total) {
        long now = nanoTime.getAsLong();
        if (current != phase) {
            phase = current;
            phaseStart = now;
            printedInPhase = false;
        }
        boolean due = now - lastPrint >= EVERY_NANOS;
        boolean phaseEnd = done == total && printedInPhase;
        if (due || phaseEnd) {
            out.println(line(current, done, total, now - phaseStart));
            lastPrint = now;
            printedInPhase = !phaseEnd;
        }
    }

    static String line(Phase phase, long done, long total, long elapsedNanos) {
        String unit = switch (phase) {
            case READING -> "files";
            case CHECKING -> "rows";
            case WRITING -> "records";
        };
        String verb = switch (phase) {
            case READING -> "Reading";
            case CHECKING -> "Checking";
            case WRITING -> "Writing";
        };
        double seconds = Math.max(elapsedNanos, 1) / 1e9;
        return String.format(Locale.ROOT, "%s: %,d / %,d %s (%,.0f %s/s)", verb, done, total, unit, done / seconds, unit);
    }
}
