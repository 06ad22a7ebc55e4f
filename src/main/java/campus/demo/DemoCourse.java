package campus.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo's self-guided course, kept in the source tree as an unpacked course archive
 * (resources/demo/course-ils) so it doubles as a worked example of the format; zipped here and
 * imported through the same door staff use.
 */
final class DemoCourse {

    private static final String ROOT = "demo/course-ils/";
    private static final List<String> ENTRIES = List.of("course.json",
            "lessons/01-01/en.md", "lessons/01-01/fr.md", "lessons/01-01/es.md",
            "lessons/01-02/en.md", "lessons/01-02/fr.md", "lessons/01-02/es.md",
            "lessons/02-01/en.md", "lessons/02-01/fr.md", "lessons/02-01/es.md");

    private DemoCourse() {
    }

    static InputStream zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : ENTRIES) {
                zip.putNextEntry(new ZipEntry(entry));
                try (InputStream in = new ClassPathResource(ROOT + entry).getInputStream()) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
