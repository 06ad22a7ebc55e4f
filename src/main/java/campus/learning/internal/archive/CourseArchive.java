package campus.learning.internal.archive;

import campus.learning.internal.CoursePackage;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Writes a course package as a zip of Markdown files and a manifest, and reads one back, refusing
 * a malformed or hostile zip with an {@link ArchiveRefused} that says why. The format is
 * docs/course-archive.md. Streams are the caller's to close.
 */
public final class CourseArchive {

    private CourseArchive() {
    }

    /** Writes the package; refuses one the reader would refuse, before writing anything. */
    public static void write(CoursePackage course, OutputStream out) {
        PackageCheck.check(course);
        ZipContents.write(ManifestWriter.entries(course), out);
    }

    /** Reads a whole package, or refuses the zip; nothing half-read is ever returned. */
    public static CoursePackage read(InputStream in) {
        CoursePackage course = ManifestReader.read(ZipContents.read(in));
        PackageCheck.check(course);
        return course;
    }
}
