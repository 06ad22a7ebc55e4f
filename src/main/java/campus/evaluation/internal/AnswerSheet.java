package campus.evaluation.internal;

import campus.shared.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a submitted survey form: one field per item, named by the item's code. A blank optional
 * item is "not applicable" and gets no answer; a required one is a problem. Every problem is
 * collected so the learner fixes them all at once.
 */
final class AnswerSheet {

    static final int TEXT_LIMIT = 4000;

    private AnswerSheet() {
    }

    static Map<String, Answer> read(List<SurveyItem> items, Function<String, String> field) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (SurveyItem item : items) {
            String raw = field.apply(item.code());
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                if (item.required()) {
                    problems.add(new FieldProblem(item.code(), "survey.answer.required"));
                }
                continue;
            }
            switch (item.kind()) {
                case SCALE -> scale(value).ifPresentOrElse(v -> answers.put(item.code(), Answer.of(v)),
                        () -> problems.add(new FieldProblem(item.code(), "survey.answer.scale", 1, 5)));
                case YES_NO -> {
                    if (value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("no")) {
                        answers.put(item.code(), Answer.of(value.equalsIgnoreCase("yes") ? 1 : 0));
                    } else {
                        problems.add(new FieldProblem(item.code(), "survey.answer.yesno"));
                    }
                }
                case TEXT -> {
                    if (value.length() > TEXT_LIMIT) {
                        problems.add(new FieldProblem(item.code(), "survey.answer.long", TEXT_LIMIT));
                    } else {
                        answers.put(item.code(), Answer.of(value));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SurveyRefused(problems);
        }
        return answers;
    }

    private static java.util.Optional<Integer> scale(String value) {
        if (!value.matches("[1-5]")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Integer.parseInt(value));
    }
}
