package campus.learning.web;

import campus.learning.internal.BankQuestion;
import campus.learning.internal.CoursePackage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A question in every language at once: up to six options (blank rows are dropped), the correct
 * ones ticked; a true/false question takes its answer from {@code answer} instead.
 */
final class QuestionForm {

    static final int ROWS = 6;

    public String kind = "single";
    public String promptEn = "";
    public String promptFr = "";
    public String promptEs = "";
    public String explanationEn = "";
    public String explanationFr = "";
    public String explanationEs = "";
    public String[] labelsEn = blank();
    public String[] labelsFr = blank();
    public String[] labelsEs = blank();
    public boolean[] correct = new boolean[ROWS];
    public String answer = "true";

    private static String[] blank() {
        String[] labels = new String[ROWS];
        Arrays.fill(labels, "");
        return labels;
    }

    static QuestionForm of(BankQuestion q) {
        QuestionForm form = new QuestionForm();
        form.kind = q.kind().code();
        form.promptEn = q.prompts().getOrDefault("en", "");
        form.promptFr = q.prompts().getOrDefault("fr", "");
        form.promptEs = q.prompts().getOrDefault("es", "");
        form.explanationEn = q.explanations().getOrDefault("en", "");
        form.explanationFr = q.explanations().getOrDefault("fr", "");
        form.explanationEs = q.explanations().getOrDefault("es", "");
        for (int i = 0; i < Math.min(ROWS, q.options().size()); i++) {
            Map<String, String> labels = q.options().get(i).labels();
            form.labelsEn[i] = labels.getOrDefault("en", "");
            form.labelsFr[i] = labels.getOrDefault("fr", "");
            form.labelsEs[i] = labels.getOrDefault("es", "");
            form.correct[i] = q.options().get(i).correct();
        }
        if (form.kind.equals("true_false")) {
            form.answer = q.options().get(0).correct() ? "true" : "false";
        }
        return form;
    }

    CoursePackage.Question question() {
        Map<String, String> prompts = texts(promptEn, promptFr, promptEs);
        Map<String, String> explanations = texts(explanationEn, explanationFr, explanationEs);
        List<CoursePackage.Option> options = new ArrayList<>();
        if ("true_false".equals(kind)) {
            boolean isTrue = "true".equals(answer);
            options.add(new CoursePackage.Option(isTrue, Map.of()));
            options.add(new CoursePackage.Option(!isTrue, Map.of()));
        } else {
            for (int i = 0; i < ROWS; i++) {
                Map<String, String> labels = texts(at(labelsEn, i), at(labelsFr, i), at(labelsEs, i));
                if (!labels.isEmpty()) {
                    options.add(new CoursePackage.Option(correct != null && i < correct.length && correct[i], labels));
                }
            }
        }
        return new CoursePackage.Question(kind, prompts, explanations, options);
    }

    private static String at(String[] values, int i) {
        return values != null && i < values.length && values[i] != null ? values[i] : "";
    }

    private static Map<String, String> texts(String en, String fr, String es) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (en != null && !en.isBlank()) {
            texts.put("en", en.trim());
        }
        if (fr != null && !fr.isBlank()) {
            texts.put("fr", fr.trim());
        }
        if (es != null && !es.isBlank()) {
            texts.put("es", es.trim());
        }
        return texts;
    }
}
