package campus.learning.web;

import campus.accounts.CampusUser;
import campus.catalogue.ActivityView;
import campus.catalogue.CatalogueApi;
import campus.learning.internal.Cohort;
import campus.learning.internal.TutorAccess;
import campus.learning.internal.TutorService;
import campus.shared.FieldProblem;
import campus.shared.LanguageCode;
import campus.shared.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A tutor's cohorts, each learner's progress, and completion recorded by the tutor. */
@Controller
class TutorController {

    private final TutorService tutoring;
    private final TutorAccess access;
    private final CatalogueApi catalogue;
    private final MessageSource messages;
    private final Clock clock;

    TutorController(TutorService tutoring, TutorAccess access, CatalogueApi catalogue, MessageSource messages, Clock clock) {
        this.tutoring = tutoring;
        this.access = access;
        this.catalogue = catalogue;
        this.messages = messages;
        this.clock = clock;
    }

    /** A cohort with its activity in the reader's language, for the tutor's list. */
    record Line(Cohort cohort, ActivityView activity, boolean closed) {
    }

    @GetMapping("/tutor")
    String home(@AuthenticationPrincipal CampusUser user, Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        List<Line> lines = tutoring.cohortsOf(user).stream()
                .map(c -> new Line(c, activity(c.activityId(), locale), c.closedOn(today))).toList();
        model.addAttribute("lines", lines);
        return "learning/tutor-home";
    }

    @GetMapping("/tutor/cohorts/{cohortId}")
    String cohort(@AuthenticationPrincipal CampusUser user, @PathVariable long cohortId, Model model, Locale locale) {
        var learners = tutoring.progress(user, cohortId);
        Cohort cohort = access.cohort(cohortId);
        model.addAttribute("cohort", cohort);
        model.addAttribute("closed", cohort.closedOn(LocalDate.now(clock)));
        model.addAttribute("activity", activity(cohort.activityId(), locale));
        model.addAttribute("learners", learners);
        return "learning/tutor-cohort";
    }

    @PostMapping("/tutor/cohorts/{cohortId}/completions")
    String complete(@AuthenticationPrincipal CampusUser user, @PathVariable long cohortId, @RequestParam long enrolmentId,
                    RedirectAttributes redirect, Locale locale) {
        try {
            tutoring.complete(user, cohortId, enrolmentId);
            redirect.addFlashAttribute("notice", messages.getMessage("tutor.completed", null, locale));
        } catch (FieldProblem problem) {
            redirect.addFlashAttribute("problem", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
        }
        return "redirect:/tutor/cohorts/" + cohortId;
    }

    private ActivityView activity(long id, Locale locale) {
        return catalogue.find(id, LanguageCode.of(locale).code()).orElseThrow(() -> new NotFound("activity " + id));
    }
}
