package campus.learning.internal.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts entries and unpacked bytes against the archive's limits. Reading counts the bytes that
 * actually come out of the inflater, because a zip bomb's declared sizes are whatever it likes.
 */
final class Budget {

    static final int MAX_ENTRIES = 2_000;
    static final int MAX_ENTRY_MB = 10;
    static final int MAX_TOTAL_MB = 50;
    private static final long MB = 1024L * 1024;

    private int entries;
    private long total;

    /** Counts one more entry, directories included (each costs a header and a map slot). */
    void enter() {
        if (++entries > MAX_ENTRIES) {
            throw new ArchiveRefused("course.archive.entries.too.many", MAX_ENTRIES);
        }
    }

    /** Reads the current entry to its end, stopping as soon as a limit is passed. */
    byte[] read(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long entryBytes = 0;
        for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
            entryBytes += read;
            spend(name, entryBytes, read);
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** Counts an entry about to be written, so the writer never makes a zip the reader refuses. */
    void admit(String name, byte[] content) {
        enter();
        spend(name, content.length, content.length);
    }

    private void spend(String name, long entryBytes, long added) {
        total += added;
        if (entryBytes > MAX_ENTRY_MB * MB) {
            throw new ArchiveRefused("course.archive.entry.too.large", name, MAX_ENTRY_MB);
        }
        if (total > MAX_TOTAL_MB * MB) {
            throw new ArchiveRefused("course.archive.too.large", MAX_TOTAL_MB);
        }
    }
}
