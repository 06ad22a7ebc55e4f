package campus.interchange;

import campus.interchange.internal.FolderReader;
import campus.interchange.internal.FolderWriter;
import campus.reporting.ResultsData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads, validates and writes a results interchange folder (docs/interchange.md, v1). */
public final class InterchangeFolder {

    private InterchangeFolder() {
    }

    /** Reads and validates a folder whose references must all resolve inside it. */
    public static ReadResult read(Path folder) {
        return read(folder, KnownIds.none());
    }

    /** Reads and validates a folder whose references may also name the given ids already in the platform. */
    public static ReadResult read(Path folder, KnownIds known) {
        return FolderReader.read(folder, known == null ? KnownIds.none() : known);
    }

    /**
     * Writes the data as an interchange folder (creating it when needed, replacing its files) that
     * {@link #read(Path)} reads back to equal data.
     */
    public static void write(ResultsData data, Path folder) {
        try {
            FolderWriter.write(data, folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the interchange folder " + folder, e);
        }
    }
}
