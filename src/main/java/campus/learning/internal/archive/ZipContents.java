package campus.learning.internal.archive;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The entries of a course zip held in memory, read in stream order with every name checked and
 * every byte counted, or written with fixed timestamps so the same package gives the same bytes.
 */
final class ZipContents {

    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    // DOS time has no zone; a fixed local date-time keeps the bytes the same on every machine
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final Map<String, byte[]> entries;

    private ZipContents(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    /** Reads a whole zip, or refuses it; the caller's stream is left open. */
    static ZipContents read(InputStream source) {
        try {
            PushbackInputStream in = new PushbackInputStream(source, LOCAL_HEADER.length);
            checkSignature(in);
            try (ZipInputStream zip = new ZipInputStream(unclosed(in), StandardCharsets.UTF_8)) {
                return new ZipContents(readEntries(zip));
            }
        } catch (ZipException | EOFException e) {
            throw new ArchiveRefused(e, "course.archive.corrupt");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the source failed, not the archive
        }
    }

    /** Writes the entries in their order, after checking them against the limits the reader applies. */
    static void write(Map<String, byte[]> entries, OutputStream out) {
        Budget budget = new Budget();
        entries.forEach(budget::admit);
        try (ZipOutputStream zip = new ZipOutputStream(unclosed(out), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    /** The bytes of an entry the manifest names; its absence is the archive's fault. */
    byte[] bytes(String name) {
        byte[] content = entries.get(name);
        if (content == null) {
            throw new ArchiveRefused("course.archive.entry.missing", name);
        }
        return content;
    }

    /** An entry as strict UTF-8 text, without the byte-order mark some editors put first. */
    String text(String name) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes(name)))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ArchiveRefused(e, "course.archive.markdown.encoding", name);
        }
    }

    private static void checkSignature(PushbackInputStream in) throws IOException {
        byte[] start = in.readNBytes(LOCAL_HEADER.length);
        if (start.length == 0 || Arrays.equals(start, EMPTY_ZIP)) {
            throw new ArchiveRefused("course.archive.empty");
        }
        if (!Arrays.equals(start, LOCAL_HEADER)) {
            // ZipInputStream would read anything else as a zip without entries
            throw new ArchiveRefused("course.archive.not.zip");
        }
        in.unread(start);
    }

    private static Map<String, byte[]> readEntries(ZipInputStream zip) throws IOException {
        Budget budget = new Budget();
        Set<String> seen = new HashSet<>();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (ZipEntry entry = next(zip); entry != null; entry = next(zip)) {
            String name = entry.getName();
            budget.enter();
            EntryNames.checkSafe(name);
            if (!seen.add(name)) {
                throw new ArchiveRefused("course.archive.entry.duplicate", name);
            }
            // directories are read too: their bytes count, and the stream must move past them
            byte[] content = budget.read(zip, name);
            if (!EntryNames.isDirectory(name)) {
                entries.put(name, content);
            }
        }
        return Collections.unmodifiableMap(entries);
    }

    private static ZipEntry next(ZipInputStream zip) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (IllegalArgumentException e) {
            // the JDK's way of saying an entry name is not UTF-8: the archive is corrupt
            throw new ZipException("entry name: " + e.getMessage());
        }
    }

    private static InputStream unclosed(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller opened it and closes it
            }
        };
    }

    private static OutputStream unclosed(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len); // FilterOutputStream would write byte by byte
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
