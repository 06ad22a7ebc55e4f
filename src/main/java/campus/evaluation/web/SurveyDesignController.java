package campus.evaluation.web;

import campus.catalogue.ActivityView;
import campus.catalogue.CatalogueApi;
import campus.evaluation.internal.Survey;
import campus.evaluation.internal.SurveyDesign;
import campus.shared.FieldProblem;
import campus.shared.LanguageCode;
import campus.shared.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff set an activity's surveys: when the follow-up goes out and which items they add. */
@Controller
class SurveyDesignController {

    private static final String VIEW = "evaluation/design";

    private final SurveyDesign design;
    private final CatalogueApi catalogue;
    private final MessageSource messages;

    SurveyDesignController(SurveyDesign design, CatalogueApi catalogue, MessageSource messages) {
        this.design = design;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/staff/activities/{activityId}/evaluation")
    String page(@PathVariable long activityId, Model model, Locale locale) {
        MonthsForm months = new MonthsForm();
        months.setFollowupMonths(design.followupMonths(activityId));
        return show(activityId, months, new ItemForm(), model, locale);
    }

    @PostMapping("/staff/activities/{activityId}/evaluation/followup")
    String saveMonths(@PathVariable long activityId, @ModelAttribute("months") MonthsForm months, BindingResult errors,
                      Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                design.saveFollowupMonths(activityId, months.getFollowupMonths());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/staff/activities/" + activityId + "/evaluation";
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
            }
        } else {
            // a number that is not one: say what is expected instead of Spring's conversion message
            errors = rejected(months, "months", "followupMonths", "survey.design.months.range", 1, 36);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "months", errors);
        return show(activityId, months, new ItemForm(), model, locale);
    }

    @PostMapping("/staff/activities/{activityId}/evaluation/items")
    String addItem(@PathVariable long activityId, @ModelAttribute("item") ItemForm item, BindingResult errors, Model model,
                   Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Survey survey = Survey.ofCode(item.getSurvey() == null ? "" : item.getSurvey()).orElse(null);
        try {
            if (survey == null) {
                throw new FieldProblem("survey", "survey.design.survey.unknown");
            }
            design.addItem(activityId, survey, item.getKind(), item.labels());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/staff/activities/" + activityId + "/evaluation";
        } catch (FieldProblem problem) {
            String field = switch (problem.field()) {
                case "label_en" -> "labelEn";
                case "label_fr" -> "labelFr";
                case "label_es" -> "labelEs";
                default -> problem.field();
            };
            errors.rejectValue(field, problem.messageKey(), problem.arguments(), null);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        MonthsForm months = new MonthsForm();
        months.setFollowupMonths(design.followupMonths(activityId));
        return show(activityId, months, item, model, locale);
    }

    @PostMapping("/staff/activities/{activityId}/evaluation/items/{itemId}/delete")
    String deleteItem(@PathVariable long activityId, @PathVariable long itemId, RedirectAttributes redirect,
                      Locale locale) {
        try {
            design.deleteItem(activityId, itemId);
            redirect.addFlashAttribute("saved", true);
        } catch (FieldProblem problem) {
            redirect.addFlashAttribute("problem", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
        }
        return "redirect:/staff/activities/" + activityId + "/evaluation";
    }

    private String show(long activityId, MonthsForm months, ItemForm item, Model model, Locale locale) {
        String language = LanguageCode.of(locale).code();
        ActivityView activity = catalogue.find(activityId, language).orElseThrow(() -> new NotFound("activity " + activityId));
        model.addAttribute("activity", activity);
        model.addAttribute("lang", language);
        model.addAttribute("months", months);
        model.addAttribute("item", item);
        model.addAttribute("satisfactionItems", design.customItems(activityId, Survey.SATISFACTION));
        model.addAttribute("followupItems", design.customItems(activityId, Survey.FOLLOWUP));
        return VIEW;
    }

    private static BindingResult rejected(Object target, String name, String field, String key, Object... args) {
        BindingResult fresh = new org.springframework.validation.BeanPropertyBindingResult(target, name);
        fresh.rejectValue(field, key, args, null);
        return fresh;
    }
}
