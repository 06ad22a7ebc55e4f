package campus.learning.web;

import campus.shared.FieldProblem;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.util.MultiValueMap;

/** Reads a submitted test form: fields "q{questionId}" carrying the chosen option positions. */
final class AnswerSheet {

    private AnswerSheet() {
    }

    static Map<Long, Set<Integer>> read(MultiValueMap<String, String> form) {
        Map<Long, Set<Integer>> chosen = new HashMap<>();
        form.forEach((name, values) -> {
            if (!name.matches("q\\d{1,18}")) {
                return;
            }
            Set<Integer> positions = new TreeSet<>();
            for (String value : values) {
                if (!value.matches("\\d{1,3}")) {
                    throw new FieldProblem(name, "test.answer.invalid");
                }
                positions.add(Integer.valueOf(value));
            }
            chosen.put(Long.valueOf(name.substring(1)), positions);
        });
        return chosen;
    }

    /** The same, keeping what can be read, to show a form again after a problem. */
    static Map<Long, Set<Integer>> readLeniently(MultiValueMap<String, String> form) {
        try {
            return read(form);
        } catch (FieldProblem unreadable) {
            return Map.of();
        }
    }
}
