package campus.learning.web;

import campus.shared.FieldProblem;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts a rule's problem on the form field it names, or above the form when no single field holds it. */
final class FormProblems {

    private FormProblems() {
    }

    static void report(BindingResult errors, FieldProblem problem) {
        String field = problem.field();
        try {
            errors.rejectValue(field, problem.messageKey(), problem.arguments(), null);
        } catch (NotReadablePropertyException notOnThisForm) {
            errors.reject(problem.messageKey(), problem.arguments(), null);
        }
    }
}
