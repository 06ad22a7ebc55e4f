package campus.evaluation.web;

import campus.accounts.CampusUser;
import campus.catalogue.CatalogueApi;
import campus.enrolment.EnrolmentView;
import campus.evaluation.internal.Survey;
import campus.evaluation.internal.SurveyAlreadyAnswered;
import campus.evaluation.internal.SurveyRefused;
import campus.evaluation.internal.Surveys;
import campus.shared.LanguageCode;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The satisfaction survey offered to a signed-in learner on the pages of an activity they completed. */
@Controller
class SatisfactionController {

    private final Surveys surveys;
    private final CatalogueApi catalogue;
    private final MessageSource messages;

    SatisfactionController(Surveys surveys, CatalogueApi catalogue, MessageSource messages) {
        this.surveys = surveys;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/evaluation/enrolments/{enrolmentId}/satisfaction")
    String form(@AuthenticationPrincipal CampusUser user, @PathVariable long enrolmentId, Model model, Locale locale,
                RedirectAttributes redirect) {
        EnrolmentView enrolment = surveys.completedEnrolmentOf(enrolmentId, user.id());
        if (surveys.answered(enrolmentId, Survey.SATISFACTION)) {
            redirect.addFlashAttribute("notice", messages.getMessage("survey.already", null, locale));
            return "redirect:/my-learning";
        }
        return show(enrolment, model, locale);
    }

    @PostMapping("/evaluation/enrolments/{enrolmentId}/satisfaction")
    String submit(@AuthenticationPrincipal CampusUser user, @PathVariable long enrolmentId,
                  @RequestParam MultiValueMap<String, String> form, Model model, Locale locale,
                  RedirectAttributes redirect, HttpServletResponse response) {
        try {
            surveys.submitSatisfaction(enrolmentId, user.id(), form::getFirst);
        } catch (SurveyRefused refused) {
            SurveyPage.refused(model, refused, form, messages, locale);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(surveys.completedEnrolmentOf(enrolmentId, user.id()), model, locale);
        } catch (SurveyAlreadyAnswered answered) {
            redirect.addFlashAttribute("notice", messages.getMessage("survey.already", null, locale));
            return "redirect:/my-learning";
        }
        redirect.addFlashAttribute("notice", messages.getMessage("survey.thanks.text", null, locale));
        return "redirect:/my-learning";
    }

    private String show(EnrolmentView enrolment, Model model, Locale locale) {
        String language = LanguageCode.of(locale).code();
        return SurveyPage.show(model, "/evaluation/enrolments/" + enrolment.id() + "/satisfaction",
                catalogue.find(enrolment.activityId(), language).map(a -> a.title()).orElse(""), Survey.SATISFACTION,
                surveys.items(enrolment.activityId(), Survey.SATISFACTION), language);
    }
}
