package campus.learning.internal;

import java.util.List;
import java.util.Map;

/** A question of a course's bank as stored: its kind, prompt and explanation per language, and its options. */
public record BankQuestion(long id, int position, QuestionKind kind, Map<String, String> prompts,
                           Map<String, String> explanations, List<CoursePackage.Option> options) {

    /** Option positions (1-based) that are correct. */
    public java.util.Set<Integer> correctPositions() {
        java.util.Set<Integer> correct = new java.util.TreeSet<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) {
                correct.add(i + 1);
            }
        }
        return correct;
    }

    public String prompt(String language) {
        return Texts.pick(prompts, language);
    }

    public String explanation(String language) {
        return explanations.isEmpty() ? "" : Texts.pick(explanations, language);
    }

    public String optionLabel(int position, String language) {
        return Texts.pick(options.get(position - 1).labels(), language);
    }
}
