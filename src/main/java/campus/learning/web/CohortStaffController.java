package campus.learning.web;

import campus.catalogue.ActivityView;
import campus.catalogue.CatalogueApi;
import campus.learning.internal.Cohort;
import campus.learning.internal.CohortService;
import campus.learning.internal.CohortSummary;
import campus.learning.internal.TutorAccess;
import campus.shared.FieldProblem;
import campus.shared.LanguageCode;
import campus.shared.NotFound;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff run an activity's cohorts: create them, set their dates and tutors, move learners between them. */
@Controller
class CohortStaffController {

    private final CohortService cohorts;
    private final TutorAccess access;
    private final CatalogueApi catalogue;
    private final MessageSource messages;

    CohortStaffController(CohortService cohorts, TutorAccess access, CatalogueApi catalogue, MessageSource messages) {
        this.cohorts = cohorts;
        this.access = access;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/staff/activities/{id}/cohorts")
    String list(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("form", new CohortForm());
        return listPage(id, model, locale);
    }

    @PostMapping("/staff/activities/{id}/cohorts")
    String create(@PathVariable long id, @Valid @ModelAttribute("form") CohortForm form, BindingResult errors, Model model,
                  Locale locale, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long cohortId = cohorts.create(id, form.name, form.startsOn, form.endsOn);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/staff/activities/" + id + "/cohorts/" + cohortId;
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
            }
        }
        return listPage(id, model, locale);
    }

    @GetMapping("/staff/activities/{id}/cohorts/{cohortId}")
    String show(@PathVariable long id, @PathVariable long cohortId, Model model, Locale locale) {
        model.addAttribute("form", CohortForm.of(cohortOf(id, cohortId)));
        return cohortPage(id, cohortId, model, locale);
    }

    @PostMapping("/staff/activities/{id}/cohorts/{cohortId}")
    String update(@PathVariable long id, @PathVariable long cohortId, @Valid @ModelAttribute("form") CohortForm form,
                  BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        cohortOf(id, cohortId);
        if (!errors.hasErrors()) {
            try {
                cohorts.update(cohortId, form.name, form.startsOn, form.endsOn);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/staff/activities/" + id + "/cohorts/" + cohortId;
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
            }
        }
        return cohortPage(id, cohortId, model, locale);
    }

    @PostMapping("/staff/activities/{id}/cohorts/{cohortId}/tutors")
    String addTutor(@PathVariable long id, @PathVariable long cohortId, @RequestParam(defaultValue = "") String email,
                    Model model, Locale locale, RedirectAttributes redirect) {
        Cohort cohort = cohortOf(id, cohortId);
        try {
            cohorts.addTutor(cohortId, email);
            redirect.addFlashAttribute("notice", messages.getMessage("cohort.tutor.added", null, locale));
            return "redirect:/staff/activities/" + id + "/cohorts/" + cohortId;
        } catch (FieldProblem problem) {
            // the tutor field sits beside the cohort form, so its message travels by name rather than by binding
            model.addAttribute("tutorEmail", email);
            model.addAttribute("tutorProblem", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
            model.addAttribute("form", CohortForm.of(cohort));
            return cohortPage(id, cohortId, model, locale);
        }
    }

    @PostMapping("/staff/activities/{id}/cohorts/{cohortId}/tutors/{personId}/remove")
    String removeTutor(@PathVariable long id, @PathVariable long cohortId, @PathVariable long personId,
                       RedirectAttributes redirect, Locale locale) {
        cohortOf(id, cohortId);
        cohorts.removeTutor(cohortId, personId);
        redirect.addFlashAttribute("notice", messages.getMessage("cohort.tutor.removed", null, locale));
        return "redirect:/staff/activities/" + id + "/cohorts/" + cohortId;
    }

    /** Moves a learner to a cohort (or places one who is in none); back to the page the form was on. */
    @PostMapping("/staff/activities/{id}/cohorts/placements")
    String place(@PathVariable long id, @RequestParam long enrolmentId, @RequestParam long cohortId,
                 @RequestParam(required = false) Long from, RedirectAttributes redirect, Locale locale) {
        try {
            cohorts.move(id, enrolmentId, cohortId);
            redirect.addFlashAttribute("notice", messages.getMessage("cohort.moved", null, locale));
        } catch (FieldProblem problem) {
            redirect.addFlashAttribute("problem", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
        }
        return "redirect:/staff/activities/" + id + "/cohorts" + (from == null ? "" : "/" + from);
    }

    private Cohort cohortOf(long activityId, long cohortId) {
        Cohort cohort = access.cohort(cohortId);
        if (cohort.activityId() != activityId) {
            throw new NotFound("cohort " + cohortId);
        }
        return cohort;
    }

    private ActivityView activity(long id, Locale locale) {
        return catalogue.find(id, LanguageCode.of(locale).code()).orElseThrow(() -> new NotFound("activity " + id));
    }

    private String listPage(long id, Model model, Locale locale) {
        model.addAttribute("activity", activity(id, locale));
        List<CohortSummary> list = cohorts.ofActivity(id);
        model.addAttribute("cohorts", list);
        model.addAttribute("unplaced", cohorts.unplaced(id));
        return "learning/cohort-list";
    }

    private String cohortPage(long id, long cohortId, Model model, Locale locale) {
        Cohort cohort = cohortOf(id, cohortId);
        model.addAttribute("activity", activity(id, locale));
        model.addAttribute("cohort", cohort);
        model.addAttribute("tutors", cohorts.tutors(cohortId));
        model.addAttribute("members", cohorts.members(cohort));
        model.addAttribute("others", cohorts.ofActivity(id).stream().map(CohortSummary::cohort)
                .filter(c -> c.id() != cohortId).toList());
        return "learning/cohort-detail";
    }
}
