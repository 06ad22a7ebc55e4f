package campus.interchange.internal;

import campus.interchange.InterchangeProblem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of one read, in the order a person reads them (file by file, line by line): the first
 * {@value #LIMIT} are kept, the rest only counted, so a folder that is wrong on every row still gives a
 * readable answer. They are kept per file because a file's parsing
 * problems come before its rows' and every file is parsed (on its own thread) ahead of the checking.
 */
final class Problems {

    static final int LIMIT = 100;

    private final Map<InterchangeFile, List<InterchangeProblem>> byFile = new EnumMap<>(InterchangeFile.class);
    private int count;

    /** A problem told by its message key (interchange.problem.*) and the message's arguments. */
    void add(InterchangeFile file, int line, String column, String key, Object... arguments) {
        count++;
        List<InterchangeProblem> listed = byFile.computeIfAbsent(file, f -> new ArrayList<>());
        // past the limit in one file is past it overall, so neither is built (nor its text looked up)
        if (listed.size() < LIMIT) {
            listed.add(ProblemMessages.problem(file.fileName(), line, column, key, arguments));
        }
    }

    /** A problem with the whole file, told against its header line. */
    void addToFile(InterchangeFile file, String column, String key, Object... arguments) {
        add(file, 1, column, key, arguments);
    }

    /** Adds another read's problems with one file (parsed elsewhere) after those already held for it. */
    void addAll(InterchangeFile file, Problems other) {
        List<InterchangeProblem> theirs = other.byFile.getOrDefault(file, List.of());
        List<InterchangeProblem> listed = byFile.computeIfAbsent(file, f -> new ArrayList<>());
        listed.addAll(theirs.subList(0, Math.min(theirs.size(), Math.max(0, LIMIT - listed.size()))));
        count += other.count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The listed problems and, past the limit, one last saying how many more there are. */
    List<InterchangeProblem> all() {
        List<InterchangeProblem> all = new ArrayList<>();
        byFile.values().forEach(all::addAll);
        if (all.size() > LIMIT) {
            all = new ArrayList<>(all.subList(0, LIMIT));
        }
        int unlisted = count - all.size();
        if (unlisted > 0) {
            all.add(ProblemMessages.problem("", 0, "", "interchange.problem.more", unlisted, LIMIT));
        }
        return List.copyOf(all);
    }
}
