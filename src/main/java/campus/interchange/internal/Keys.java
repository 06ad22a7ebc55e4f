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
    private final String duplicateRule;
    private final Map<String, Integer> firstLines = new HashMap<>();
    private boolean absent;
    private boolean checkable = true;

    private Keys(InterchangeFile file, Set<String> known, String duplicateRule) {
        this.file = file;
        this.known = known;
        this.duplicateRule = duplicateRule;
    }

    /** The ids of a file that others refer to; references may also name ids already in the platform. */
    static Keys ids(InterchangeFile file, Set<String> known) {
        return new Keys(file, known, "ids must be unique in " + file.fileName());
    }

    /** A key the file may hold at most once, such as the enrolment of a satisfaction row ("an enrolment"). */
    static Keys onePer(InterchangeFile file, String what) {
        return new Keys(file, Set.of(), what + " has at most one row in " + file.fileName());
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

    String duplicateMessage(String key, int firstLine) {
        return "'" + key + "' is already on line " + firstLine + "; " + duplicateRule;
    }

    boolean resolves(String key) {
        return !checkable || firstLines.containsKey(key) || known.contains(key);
    }

    String unresolvedMessage(String key) {
        return "'" + key + "' is not in " + file.fileName()
                + (absent ? " (the folder has no " + file.fileName() + ")" : "");
    }
}
