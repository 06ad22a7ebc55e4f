package campus.learning.web;

import campus.accounts.CampusUser;
import campus.learning.internal.Attempt;
import campus.learning.internal.AttemptStore;
import campus.learning.internal.KnowledgeTests;
import campus.learning.internal.LearnerCourse;
import campus.learning.internal.QuestionStore;
import campus.learning.internal.TestKind;
import campus.learning.internal.TestSheet;
import campus.shared.FieldProblem;
import campus.shared.LanguageCode;
import campus.shared.NotFound;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

/** A learner's course: its page, lessons, and the pre-test and post-test. */
@Controller
class CourseController {

    private final LearnerCourse course;
    private final KnowledgeTests tests;
    private final AttemptStore attempts;
    private final QuestionStore questions;
    private final MessageSource messages;

    CourseController(LearnerCourse course, KnowledgeTests tests, AttemptStore attempts, QuestionStore questions,
                     MessageSource messages) {
        this.course = course;
        this.tests = tests;
        this.attempts = attempts;
        this.questions = questions;
        this.messages = messages;
    }

    @GetMapping("/learning/{enrolmentId}")
    String overview(@AuthenticationPrincipal CampusUser user, @PathVariable long enrolmentId, Model model, Locale locale) {
        model.addAttribute("course", course.overview(enrolmentId, user.id(), LanguageCode.of(locale).code()));
        return "learning/course";
    }

    @GetMapping("/learning/{enrolmentId}/lessons/{lessonId}")
    String lesson(@AuthenticationPrincipal CampusUser user, @PathVariable long enrolmentId, @PathVariable long lessonId,
                  Model model, Locale locale, RedirectAttributes redirect) {
        try {
            model.addAttribute("page", course.lesson(enrolmentId, user.id(), lessonId, LanguageCode.of(locale).code()));
            return "learning/lesson";
        } catch (FieldProblem problem) {
            redirect.addFlashAttribute("problem", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
            return "redirect:/learning/" + enrolmentId;
        }
    }

    @PostMapping("/learning/{enrolmentId}/lessons/{lessonId}/done")
    String done(@AuthenticationPrincipal CampusUser user, @PathVariable long enrolmentId, @PathVariable long lessonId,
                RedirectAttributes redirect, Locale locale) {
        if (course.markDone(enrolmentId, user.id(), lessonId)) {
            redirect.addFlashAttribute("notice", messages.getMessage("course.completed", null, locale));
            return "redirect:/learning/" + enrolmentId;
        }
        LearnerCourse.Overview now = course.overview(enrolmentId, user.id(), "en");
        return now.outline().after(lessonId)
                .map(next -> "redirect:/learning/" + enrolmentId + "/lessons/" + next.id())
                .orElse("redirect:/learning/" + enrolmentId);
    }

    @GetMapping("/learning/{enrolmentId}/tests/{kind}")
    String test(@AuthenticationPrincipal CampusUser user, @PathVariable long enrolmentId, @PathVariable String kind,
                Model model, Locale locale, RedirectAttributes redirect) {
        try {
            return showSheet(model, user, enrolmentId, tests.sit(enrolmentId, user.id(), kind(kind)), Map.of(), null, locale);
        } catch (FieldProblem problem) {
            redirect.addFlashAttribute("problem", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
            return "redirect:/learning/" + enrolmentId;
        }
    }

    @PostMapping("/learning/{enrolmentId}/tests/{kind}")
    String submit(@AuthenticationPrincipal CampusUser user, @PathVariable long enrolmentId, @PathVariable String kind,
                  @RequestParam long attempt, @RequestParam MultiValueMap<String, String> form, Model model,
                  Locale locale, RedirectAttributes redirect) {
        Map<Long, Set<Integer>> chosen;
        try {
            chosen = AnswerSheet.read(form);
            Attempt scored = tests.submit(enrolmentId, user.id(), attempt, chosen);
            return "redirect:/learning/" + enrolmentId + "/tests/" + kind + "/result?attempt=" + scored.id();
        } catch (FieldProblem problem) {
            String message = messages.getMessage(problem.messageKey(), problem.arguments(), locale);
            if (!problem.field().startsWith("q")) {
                redirect.addFlashAttribute("problem", message);
                return "redirect:/learning/" + enrolmentId;
            }
            TestSheet sheet = tests.sit(enrolmentId, user.id(), kind(kind));
            return showSheet(model, user, enrolmentId, sheet, AnswerSheet.readLeniently(form), Map.of(problem.field(), message),
                    locale);
        }
    }

    private String showSheet(Model model, CampusUser user, long enrolmentId, TestSheet sheet, Map<Long, Set<Integer>> chosen,
                             Map<String, String> errors, Locale locale) {
        model.addAttribute("course", course.overview(enrolmentId, user.id(), LanguageCode.of(locale).code()));
        model.addAttribute("sheet", sheet);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors == null ? Map.of() : errors);
        model.addAttribute("lang", LanguageCode.of(locale).code());
        return "learning/test";
    }

    @GetMapping("/learning/{enrolmentId}/tests/{kind}/result")
    String result(@AuthenticationPrincipal CampusUser user, @PathVariable long enrolmentId, @PathVariable String kind,
                  @RequestParam long attempt, Model model, Locale locale) {
        String language = LanguageCode.of(locale).code();
        LearnerCourse.Overview overview = course.overview(enrolmentId, user.id(), language);
        Attempt scored = attempts.byId(attempt).filter(a -> a.enrolmentId() == enrolmentId && a.submitted())
                .orElseThrow(() -> new NotFound("attempt " + attempt));
        model.addAttribute("course", overview);
        model.addAttribute("attempt", scored);
        model.addAttribute("standing", scored.kind() == TestKind.PRE ? overview.pre() : overview.post());
        // answers and explanations only after the post-test: shown after the pre-test they would give the post-test away
        if (scored.kind() == TestKind.POST) {
            model.addAttribute("sheet", TestSheet.of(scored, questions.bank(overview.activity().id())));
            model.addAttribute("chosen", attempts.answers(scored.id()));
        }
        model.addAttribute("lang", language);
        return "learning/test-result";
    }

    private static TestKind kind(String code) {
        try {
            return TestKind.of(code);
        } catch (IllegalArgumentException unknown) {
            throw new NotFound("test " + code);
        }
    }
}
