package campus.interchange.internal;

import campus.interchange.InterchangeProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one read, in the order found (file by file, line by line): the first {@value #LIMIT} are
 * kept, the rest only counted, so a folder that is wrong on every row still gives a readable answer.
 */
final class Problems {

    static final int LIMIT = 100;

    private final List<InterchangeProblem> listed = new ArrayList<>();
    private int unlisted;

    void add(InterchangeFile file, int line, String column, String message) {
        if (listed.size() < LIMIT) {
            listed.add(new InterchangeProblem(file.fileName(), line, column, message));
        } else {
            unlisted++;
        }
    }

    /** A problem with the whole file, told against its header line. */
    void addToFile(InterchangeFile file, String column, String message) {
        add(file, 1, column, message);
    }

    boolean isEmpty() {
        return listed.isEmpty();
    }

    /** The listed problems and, past the limit, one last saying how many more there are. */
    List<InterchangeProblem> all() {
        if (unlisted == 0) {
            return List.copyOf(listed);
        }
        List<InterchangeProblem> all = new ArrayList<>(listed);
        all.add(new InterchangeProblem("", 0, "", unlisted + " more problem" + (unlisted == 1 ? " was" : "s were")
                + " found; only the first " + LIMIT + " are listed"));
        return List.copyOf(all);
    }
}
