package campus.interchange.internal;

/**
 * One import's progress as a person reads it, phase after phase, although writing runs alongside checking:
 * the writer's count is held back until the last row is checked (only then is the folder known to be
 * written at all, and how many records that is), then told from where it has got to.
 */
final class WritingProgress implements ImportProgress {

    private final ImportProgress shown;
    private long written;
    private long total = -1;

    WritingProgress(ImportProgress shown) {
        this.shown = shown;
    }

    @Override
    public synchronized void update(Phase phase, long done, long of) {
        shown.update(phase, done, of);
    }

    /** The writer's running count, from its own thread. */
    synchronized void written(long records) {
        written = records;
        if (total >= 0) {
            shown.update(Phase.WRITING, written, total);
        }
    }

    /** Checking is over without a problem: from here on the writing shows, out of this many records. */
    synchronized void checkedAll(long records) {
        total = records;
        shown.update(Phase.WRITING, written, total);
    }
}
