package campus.evaluation.web;

import campus.evaluation.internal.Survey;
import campus.evaluation.internal.SurveyItem;
import campus.evaluation.internal.SurveyRefused;
import campus.shared.FieldProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/** Fills the survey form's model, for a first showing or again with the learner's answers and problems. */
final class SurveyPage {

    static final String VIEW = "evaluation/survey";

    private SurveyPage() {
    }

    static String show(Model model, String action, String activityTitle, Survey survey, List<SurveyItem> items,
                       String language) {
        model.addAttribute("action", action);
        model.addAttribute("activityTitle", activityTitle);
        model.addAttribute("survey", survey.code());
        model.addAttribute("items", items);
        model.addAttribute("lang", language);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("values", Map.of());
        }
        return VIEW;
    }

    /** The refused answers come back with each problem in the page's language next to its item. */
    static void refused(Model model, SurveyRefused refused, MultiValueMap<String, String> form, MessageSource messages,
                        Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : refused.problems()) {
            errors.put(p.field(), messages.getMessage(p.messageKey(), p.arguments(), locale));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("values", form.toSingleValueMap());
    }
}
