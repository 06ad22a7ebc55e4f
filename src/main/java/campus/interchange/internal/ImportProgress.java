package campus.interchange.internal;

/**
 * Told how far an import has got, so that a long one can show it is moving: the phase and how many of its
 * units are done out of how many (files while reading, rows while checking, records while writing).
 * Called on the importing thread; a listener must be quick and may be called often.
 */
@FunctionalInterface
public interface ImportProgress {

    /** Nobody is watching. */
    ImportProgress NONE = (phase, done, total) -> { };

    /** The steps of an import, in the order they run. */
    enum Phase {
        /** Parsing the folder's files; counted in files. */
        READING,
        /** Checking every row and its references; counted in rows. */
        CHECKING,
        /** Writing a valid folder in one transaction; counted in records. */
        WRITING
    }

    void update(Phase phase, long done, long total);
}
