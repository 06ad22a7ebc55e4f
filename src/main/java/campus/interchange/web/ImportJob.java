package campus.interchange.web;

import campus.interchange.ReadResult;
import campus.interchange.internal.ImportProgress;

/**
 * One upload's import as its status page sees it while it runs in the background: how far it has got,
 * then its result (or that it failed). Written by the importing thread, read by page requests.
 */
public final class ImportJob implements ImportProgress {

    /** Where the import is: a phase and its count, null phase before the first report. */
    public record Progress(Phase phase, long done, long total) {
    }

    private final String id;
    // one immutable snapshot, so a page never shows the count of one phase with the name of another
    private volatile Progress progress = new Progress(null, 0, 0);
    private volatile ReadResult result;
    private volatile boolean failed;

    ImportJob(String id) {
        this.id = id;
    }

    /** Random and unguessable: the status page's address. */
    public String id() {
        return id;
    }

    @Override
    public void update(Phase phase, long done, long total) {
        progress = new Progress(phase, done, total);
    }

    public Progress progress() {
        return progress;
    }

    /** The import's result once it has finished normally; null while it runs or when it failed. */
    public ReadResult result() {
        return result;
    }

    public boolean failed() {
        return failed;
    }

    public boolean running() {
        return result == null && !failed;
    }

    void finish(ReadResult finished) {
        if (finished == null) {
            failed = true;
        } else {
            result = finished;
        }
    }
}
