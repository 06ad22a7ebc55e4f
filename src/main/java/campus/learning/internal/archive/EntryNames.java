package campus.learning.internal.archive;

import java.util.regex.Pattern;

/** The entry names of the course zip: where things go, and which names are safe to accept. */
final class EntryNames {

    static final String MANIFEST = "course.json";
    static final String FILES = "files/";

    // No leading dot: hidden files, and "." and ".." themselves, are never attachments
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private EntryNames() {
    }

    /** The Markdown entry of a lesson in one language, numbered from one: lessons/01-02/fr.md. */
    static String lesson(int module, int lesson, String language) {
        return String.format("lessons/%02d-%02d/%s.md", module, lesson, language);
    }

    static String file(String name) {
        return FILES + name;
    }

    static boolean isFileName(String name) {
        return name != null && FILE_NAME.matcher(name).matches();
    }

    static boolean isDirectory(String name) {
        return name.endsWith("/");
    }

    /**
     * Refuses a name that could point outside a folder it is unpacked into, or mean different
     * things on different systems. The caller keeps entries in memory, but a name refused here can
     * never become a path traversal later, whoever unpacks the zip.
     */
    static void checkSafe(String name) {
        if (!isSafe(name)) {
            throw new ArchiveRefused("course.archive.entry.unsafe", name);
        }
    }

    private static boolean isSafe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0) {
            return false; // absolute, Windows separators, drive letters ("C:x") and NTFS streams
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        String path = isDirectory(name) ? name.substring(0, name.length() - 1) : name;
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
