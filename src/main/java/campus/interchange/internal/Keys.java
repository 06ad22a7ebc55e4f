package campus.interchange.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The keys met so far in one file's key column, with the line each was first met on: to tell a later
 * duplicate where the first one is, and to resolve the references other files make to this one.
 */
final class Keys {

    private final InterchangeFile file;
    private final Set<String> known;
    private final String duplicateKey;
    private final Map<String, Integer> firstLines = new HashMap<>();
    private boolean absent;
    private boolean checkable = true;

    private Keys(InterchangeFile file, Set<String> known, String duplicateKey) {
        this.file = file;
        this.known = known;
        this.duplicateKey = duplicateKey;
    }

    /** The ids of a file that others refer to; references may also name ids already in the platform. */
    static Keys ids(InterchangeFile file, Set<String> known) {
        return new Keys(file, known, "interchange.problem.duplicate.id");
    }

    /**
     * A key the file may hold at most once, such as the enrolment of a satisfaction row; what it is ("enrolment")
     * names the message (interchange.problem.duplicate.enrolment) that gives the rule in each language.
     */
    static Keys onePer(InterchangeFile file, String what) {
        return new Keys(file, Set.of(), "interchange.problem.duplicate." + what);
    }

    /**
     * Learns how far the file's keys can be trusted. References into a required file that is missing, or
     * into a file that could not be read to its end or lacks its key column, are not checked: the problem
     * is told once for the file instead of again for every row that points at it.
     */
    void describe(CsvTable table) {
        absent = !table.present();
        checkable = table.present() ? table.complete() && table.hasColumn(file.keyColumn()) : !file.required();
    }

    /** Records the key on this line; the line of an earlier row with the same key, or null when it is new. */
    Integer claim(String key, int line) {
        return firstLines.putIfAbsent(key, line);
    }

    /** The message key of a duplicate, whose arguments are the key, the line it is first on and the file. */
    String duplicateKey() {
        return duplicateKey;
    }

    String fileName() {
        return file.fileName();
    }

    boolean resolves(String key) {
        return !checkable || firstLines.containsKey(key) || known.contains(key);
    }

    /** The message key of a reference that does not resolve, whose arguments are the id and the file. */
    String unresolvedKey() {
        return absent ? "interchange.problem.unresolved.absent" : "interchange.problem.unresolved";
    }
}
