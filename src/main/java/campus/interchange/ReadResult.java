package campus.interchange;

import campus.reporting.ResultsData;
import java.util.List;

/** What reading a folder gave: the data when every row is valid, otherwise no data and the problems found. */
public record ReadResult(ResultsData data, List<InterchangeProblem> problems) {

    public ReadResult {
        problems = List.copyOf(problems);
        if (data != null && !problems.isEmpty()) {
            // an import is all-or-nothing: data that comes with problems would invite a half import
            throw new IllegalArgumentException("a result with problems carries no data");
        }
    }

    /** True when the folder is valid and {@link #data()} holds all of it. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
