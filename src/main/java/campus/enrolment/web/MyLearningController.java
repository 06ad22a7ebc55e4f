package campus.enrolment.web;

import campus.accounts.CampusUser;
import campus.catalogue.CatalogueApi;
import campus.enrolment.EnrolmentView;
import campus.enrolment.internal.EnrolmentService;
import campus.shared.FieldProblem;
import campus.shared.LanguageCode;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A learner enrols, sees their learning and withdraws. */
@Controller
class MyLearningController {

    private final EnrolmentService enrolments;
    private final CatalogueApi catalogue;
    private final MessageSource messages;

    MyLearningController(EnrolmentService enrolments, CatalogueApi catalogue, MessageSource messages) {
        this.enrolments = enrolments;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** One line of "My learning": the enrolment and the activity in the learner's language. */
    record Line(EnrolmentView enrolment, campus.catalogue.ActivityView activity) {
    }

    @GetMapping("/my-learning")
    String myLearning(@AuthenticationPrincipal CampusUser user, Model model, Locale locale) {
        String language = LanguageCode.of(locale).code();
        List<Line> lines = enrolments.ofPerson(user.id()).stream()
                .map(e -> new Line(e, catalogue.find(e.activityId(), language).orElseThrow())).toList();
        model.addAttribute("current", lines.stream().filter(l -> l.enrolment().status().isActive()).toList());
        model.addAttribute("past", lines.stream().filter(l -> !l.enrolment().status().isActive()).toList());
        return "enrolment/my-learning";
    }

    @PostMapping("/catalogue/{activityId}/enrol")
    String enrol(@AuthenticationPrincipal CampusUser user, @PathVariable long activityId, RedirectAttributes redirect,
                 Locale locale) {
        try {
            EnrolmentView enrolment = enrolments.apply(activityId, user.id());
            redirect.addFlashAttribute("notice", messages.getMessage("enrolment.applied." + enrolment.status().code(),
                    new Object[] {enrolment.waitlistPosition()}, locale));
            return "redirect:/my-learning";
        } catch (FieldProblem problem) {
            redirect.addFlashAttribute("problem", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
            return "redirect:/catalogue/" + activityId;
        }
    }

    @PostMapping("/my-learning/{enrolmentId}/withdraw")
    String withdraw(@AuthenticationPrincipal CampusUser user, @PathVariable long enrolmentId, RedirectAttributes redirect,
                    Locale locale) {
        try {
            enrolments.withdraw(enrolmentId, user.id());
            redirect.addFlashAttribute("notice", messages.getMessage("enrolment.withdrawn", null, locale));
        } catch (FieldProblem problem) {
            redirect.addFlashAttribute("problem", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
        }
        return "redirect:/my-learning";
    }
}
