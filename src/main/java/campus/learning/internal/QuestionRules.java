package campus.learning.internal;

import campus.shared.FieldProblem;

/** What makes a question answerable: a prompt, labelled options, and the right number of correct ones. */
final class QuestionRules {

    private QuestionRules() {
    }

    static void check(CoursePackage.Question question) {
        QuestionKind kind;
        try {
            kind = QuestionKind.of(question.kind());
        } catch (IllegalArgumentException unknown) {
            throw new FieldProblem("kind", "question.kind.unknown");
        }
        if (question.prompts().isEmpty()) {
            throw new FieldProblem("promptEn", "question.prompt.required");
        }
        question.prompts().forEach((language, prompt) -> {
            if (prompt.length() > 2000) {
                throw new FieldProblem("prompt" + CourseAuthoring.suffix(language), "course.title.long");
            }
        });
        long correct = question.options().stream().filter(CoursePackage.Option::correct).count();
        if (kind == QuestionKind.TRUE_FALSE) {
            if (question.options().size() != 2 || correct != 1) {
                throw new FieldProblem("answer", "question.truefalse.answer");
            }
            return;
        }
        if (question.options().size() < 2) {
            throw new FieldProblem("options", "question.options.few");
        }
        for (int i = 0; i < question.options().size(); i++) {
            for (String language : question.prompts().keySet()) {
                String label = question.options().get(i).labels().get(language);
                if (label == null || label.isBlank()) {
                    throw new FieldProblem("labels" + CourseAuthoring.suffix(language) + "[" + i + "]", "question.option.label");
                }
            }
        }
        if (kind == QuestionKind.SINGLE && correct != 1) {
            throw new FieldProblem("options", "question.single.correct");
        }
        if (kind == QuestionKind.MULTIPLE && correct < 1) {
            throw new FieldProblem("options", "question.multiple.correct");
        }
    }
}
