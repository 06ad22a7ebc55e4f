package campus.enrolment.web;

import campus.accounts.CampusUser;
import campus.enrolment.EnrolmentView;
import campus.enrolment.internal.EnrolmentService;
import campus.shared.FieldProblem;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A learner enrols and withdraws; the "My learning" page itself is the learning module's. */
@Controller
class EnrolmentActionsController {

    private final EnrolmentService enrolments;
    private final MessageSource messages;

    EnrolmentActionsController(EnrolmentService enrolments, MessageSource messages) {
        this.enrolments = enrolments;
        this.messages = messages;
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
