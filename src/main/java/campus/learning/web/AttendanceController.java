package campus.learning.web;

import campus.accounts.CampusUser;
import campus.catalogue.ActivityView;
import campus.catalogue.CatalogueApi;
import campus.learning.internal.AttendanceService;
import campus.shared.FieldProblem;
import campus.shared.LanguageCode;
import campus.shared.NotFound;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff plan an activity's session days; staff and its tutors take attendance on a phone, one tick per learner. */
@Controller
class AttendanceController {

    private final AttendanceService attendance;
    private final CatalogueApi catalogue;
    private final MessageSource messages;

    AttendanceController(AttendanceService attendance, CatalogueApi catalogue, MessageSource messages) {
        this.attendance = attendance;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/staff/activities/{id}/sessions")
    String sessions(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("form", new SessionForm());
        return staffPage(id, model, locale);
    }

    @PostMapping("/staff/activities/{id}/sessions")
    String addSession(@PathVariable long id, @Valid @ModelAttribute("form") SessionForm form, BindingResult errors,
                      Model model, Locale locale, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                attendance.addSession(id, form.heldOn, form.topic);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/staff/activities/" + id + "/sessions";
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
            }
        }
        return staffPage(id, model, locale);
    }

    @PostMapping("/staff/activities/{id}/sessions/{sessionId}/delete")
    String deleteSession(@PathVariable long id, @PathVariable long sessionId, RedirectAttributes redirect, Locale locale) {
        attendance.deleteSession(id, sessionId);
        redirect.addFlashAttribute("notice", messages.getMessage("session.deleted", null, locale));
        return "redirect:/staff/activities/" + id + "/sessions";
    }

    @GetMapping("/tutor/activities/{id}/sessions")
    String tutorSessions(@AuthenticationPrincipal CampusUser user, @PathVariable long id, Model model, Locale locale) {
        model.addAttribute("sessions", attendance.sessionsFor(user, id));
        model.addAttribute("activity", activity(id, locale));
        return "learning/attendance-sessions";
    }

    @GetMapping("/tutor/activities/{id}/sessions/{sessionId}/attendance")
    String sheet(@AuthenticationPrincipal CampusUser user, @PathVariable long id, @PathVariable long sessionId,
                 Model model, Locale locale) {
        model.addAttribute("sheet", attendance.sheet(user, id, sessionId));
        model.addAttribute("activity", activity(id, locale));
        return "learning/attendance-sheet";
    }

    /** Unticked boxes are not sent at all, so every learner on the sheet who is not listed is marked absent. */
    @PostMapping("/tutor/activities/{id}/sessions/{sessionId}/attendance")
    String take(@AuthenticationPrincipal CampusUser user, @PathVariable long id, @PathVariable long sessionId,
                @RequestParam(name = "present", required = false) List<Long> present, RedirectAttributes redirect,
                Locale locale) {
        attendance.take(user, id, sessionId, present == null ? List.of() : present);
        redirect.addFlashAttribute("notice", messages.getMessage("attendance.saved", null, locale));
        return "redirect:/tutor/activities/" + id + "/sessions/" + sessionId + "/attendance";
    }

    private ActivityView activity(long id, Locale locale) {
        return catalogue.find(id, LanguageCode.of(locale).code()).orElseThrow(() -> new NotFound("activity " + id));
    }

    private String staffPage(long id, Model model, Locale locale) {
        model.addAttribute("activity", activity(id, locale));
        model.addAttribute("sessions", attendance.sessions(id));
        return "learning/attendance-staff";
    }
}
