package campus.interchange.internal;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Parses a folder's files on a thread of its own, one after another in the order they are checked, so that
 * checking (and so writing) starts as soon as the first file is parsed instead of after the last: at a
 * million enrolments parsing every file took seven seconds in which the writer, the import's slowest part,
 * had nothing to do. Each file's parsing problems are kept with it and join the read's problems when the
 * file is taken, so they stay in the order a person reads them.
 */
final class FileParsing {

    /** One parsed file and the problems found in parsing it. */
    record Parsed(CsvTable table, Problems problems) {
    }

    /** By the file's ordinal; a taken file's slot is emptied, so its rows go once the file is checked. */
    private final AtomicReferenceArray<CompletableFuture<Parsed>> files =
            new AtomicReferenceArray<>(InterchangeFile.values().length);
    private final AtomicInteger parsed = new AtomicInteger();
    private final AtomicLong rows = new AtomicLong();
    private volatile boolean stopped;

    private FileParsing() {
        for (InterchangeFile file : InterchangeFile.values()) {
            files.set(file.ordinal(), new CompletableFuture<>());
        }
    }

    /** Starts parsing every file of the folder, in the order of {@link InterchangeFile}. */
    static FileParsing start(Path folder) {
        FileParsing parsing = new FileParsing();
        Thread thread = new Thread(() -> parsing.parseAll(folder), "campus-import-reader");
        thread.setDaemon(true);
        thread.start();
        return parsing;
    }

    private void parseAll(Path folder) {
        for (InterchangeFile file : InterchangeFile.values()) {
            // not taken yet: a file is taken only once parsed, and it is parsed here
            CompletableFuture<Parsed> result = files.get(file.ordinal());
            if (stopped) {
                result.cancel(false);
                continue;
            }
            try {
                Problems problems = new Problems();
                CsvTable table = CsvTable.read(folder, file, problems);
                rows.addAndGet(table.rows().size());
                parsed.incrementAndGet();
                result.complete(new Parsed(table, problems));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }
    }

    /**
     * The file once parsed (waiting for it when need be), handed over once: what went wrong in parsing it is
     * thrown here.
     */
    Parsed take(InterchangeFile file) {
        try {
            Parsed parsed = files.get(file.ordinal()).get();
            files.set(file.ordinal(), null);
            return parsed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + file.fileName(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("could not read " + file.fileName(), e.getCause());
        }
    }

    /** How many files are parsed so far (they are parsed in order). */
    int filesParsed() {
        return parsed.get();
    }

    /** The rows of the files parsed so far: every row to check once all are. */
    long rowsParsed() {
        return rows.get();
    }

    /** The files not parsed yet are left alone (the read ended early). */
    void stop() {
        stopped = true;
    }
}
