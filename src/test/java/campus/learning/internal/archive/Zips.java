package campus.learning.internal.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds hostile zips for the tests. ZipOutputStream refuses duplicate names and always tells the
 * truth about sizes, so {@link Raw} writes the headers byte by byte where a test needs a lie.
 */
final class Zips {

    private Zips() {
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Map<String, byte[]> entries(byte[] zipBytes) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A zip written header by header: any name, any number of times, any declared size. */
    static final class Raw {
        private final ByteArrayOutputStream local = new ByteArrayOutputStream();
        private final ByteArrayOutputStream central = new ByteArrayOutputStream();
        private int count;

        Raw stored(String name, byte[] content) {
            return entry(name, 0, content, content, content.length);
        }

        /** A deflated entry whose headers declare declaredSize, whatever it inflates to. */
        Raw deflated(String name, byte[] content, long declaredSize) {
            return entry(name, 8, deflate(content), content, declaredSize);
        }

        /** An entry that says it is deflated but holds bytes no inflater accepts. */
        Raw garbled(String name, byte[] garbage, long declaredSize) {
            return entry(name, 8, garbage, garbage, declaredSize);
        }

        byte[] bytes() {
            byte[] directory = central.toByteArray();
            ByteBuffer end = le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                    .putShort((short) count).putShort((short) count)
                    .putInt(directory.length).putInt(local.size()).putShort((short) 0);
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(local.toByteArray());
            all.writeBytes(directory);
            all.writeBytes(end.array());
            return all.toByteArray();
        }

        private Raw entry(String name, int method, byte[] stored, byte[] content, long declaredSize) {
            byte[] nameBytes = utf8(name);
            CRC32 crc = new CRC32();
            crc.update(content);
            int offset = local.size();
            local.writeBytes(le(30).putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800)
                    .putShort((short) method).putShort((short) 0).putShort((short) 0x21)
                    .putInt((int) crc.getValue()).putInt(stored.length).putInt((int) declaredSize)
                    .putShort((short) nameBytes.length).putShort((short) 0).array());
            local.writeBytes(nameBytes);
            local.writeBytes(stored);
            central.writeBytes(le(46).putInt(0x02014b50).putShort((short) 20).putShort((short) 20)
                    .putShort((short) 0x0800).putShort((short) method).putShort((short) 0).putShort((short) 0x21)
                    .putInt((int) crc.getValue()).putInt(stored.length).putInt((int) declaredSize)
                    .putShort((short) nameBytes.length).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset).array());
            central.writeBytes(nameBytes);
            count++;
            return this;
        }

        private static ByteBuffer le(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }

        private static byte[] deflate(byte[] content) {
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true); // raw deflate, as zip wants
            deflater.setInput(content);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            return out.toByteArray();
        }
    }
}
