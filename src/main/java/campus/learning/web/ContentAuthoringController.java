package campus.learning.web;

import campus.learning.internal.CourseAuthoring;
import campus.learning.internal.CourseOutline;
import campus.learning.internal.LearnerCourse;
import campus.learning.internal.Markdown;
import campus.shared.FieldProblem;
import java.util.Locale;
import java.util.Map;
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

/** Staff write lessons (with a preview of the rendered page) and the question bank. */
@Controller
class ContentAuthoringController {

    private final CourseAuthoring authoring;
    private final MessageSource messages;

    ContentAuthoringController(CourseAuthoring authoring, MessageSource messages) {
        this.authoring = authoring;
        this.messages = messages;
    }

    @GetMapping("/staff/activities/{id}/course/modules/{moduleId}/lessons/new")
    String newLesson(@PathVariable long id, @PathVariable long moduleId, Model model) {
        // another activity's module is not found here, whoever asks
        authoring.open(id).module(moduleId).orElseThrow(() -> new campus.shared.NotFound("module " + moduleId));
        model.addAttribute("form", new LessonForm());
        return lessonPage(id, moduleId, null, model);
    }

    @GetMapping("/staff/activities/{id}/course/lessons/{lessonId}")
    String editLesson(@PathVariable long id, @PathVariable long lessonId, Model model) {
        CourseOutline.Lesson lesson = authoring.lessonOf(id, lessonId);
        model.addAttribute("form", LessonForm.of(lesson.required(), authoring.lessonTexts(id, lessonId)));
        return lessonPage(id, lesson.moduleId(), lessonId, model);
    }

    @PostMapping("/staff/activities/{id}/course/modules/{moduleId}/lessons")
    String addLesson(@PathVariable long id, @PathVariable long moduleId, @ModelAttribute("form") LessonForm form,
                     BindingResult errors, @RequestParam(required = false) String preview, Model model,
                     RedirectAttributes redirect, Locale locale) {
        if (preview == null && !errors.hasErrors()) {
            try {
                long lessonId = authoring.addLesson(id, moduleId, form.required, form.texts());
                redirect.addFlashAttribute("notice", messages.getMessage("form.saved", null, locale));
                return "redirect:/staff/activities/" + id + "/course/lessons/" + lessonId;
            } catch (FieldProblem problem) {
                FormProblems.report(errors, problem);
            }
        }
        model.addAttribute("previews", previews(id, form));
        return lessonPage(id, moduleId, null, model);
    }

    @PostMapping("/staff/activities/{id}/course/lessons/{lessonId}")
    String saveLesson(@PathVariable long id, @PathVariable long lessonId, @ModelAttribute("form") LessonForm form,
                      BindingResult errors, @RequestParam(required = false) String preview, Model model,
                      RedirectAttributes redirect, Locale locale) {
        CourseOutline.Lesson lesson = authoring.lessonOf(id, lessonId);
        if (preview == null && !errors.hasErrors()) {
            try {
                authoring.saveLesson(id, lessonId, form.required, form.texts());
                redirect.addFlashAttribute("notice", messages.getMessage("form.saved", null, locale));
                return "redirect:/staff/activities/" + id + "/course/lessons/" + lessonId;
            } catch (FieldProblem problem) {
                FormProblems.report(errors, problem);
            }
        }
        model.addAttribute("previews", previews(id, form));
        return lessonPage(id, lesson.moduleId(), lessonId, model);
    }

    /** The htmx preview: the rendered lesson in each language, as a fragment. */
    @PostMapping(path = "/staff/activities/{id}/course/preview", headers = "HX-Request")
    String preview(@PathVariable long id, @ModelAttribute("form") LessonForm form, Model model) {
        model.addAttribute("previews", previews(id, form));
        return "learning/author-lesson :: previews";
    }

    @PostMapping("/staff/activities/{id}/course/lessons/{lessonId}/delete")
    String deleteLesson(@PathVariable long id, @PathVariable long lessonId, RedirectAttributes redirect, Locale locale) {
        authoring.deleteLesson(id, lessonId);
        redirect.addFlashAttribute("notice", messages.getMessage("form.saved", null, locale));
        return "redirect:/staff/activities/" + id + "/course";
    }

    private Map<String, String> previews(long id, LessonForm form) {
        Map<String, String> html = new java.util.LinkedHashMap<>();
        form.texts().forEach((language, text) -> html.put(language,
                Markdown.toHtml(text.markdown(), LearnerCourse.filesBase(id))));
        return html;
    }

    private String lessonPage(long id, long moduleId, Long lessonId, Model model) {
        model.addAttribute("activity", authoring.activity(id));
        model.addAttribute("moduleId", moduleId);
        model.addAttribute("lessonId", lessonId);
        return "learning/author-lesson";
    }

    @GetMapping("/staff/activities/{id}/course/questions/new")
    String newQuestion(@PathVariable long id, Model model) {
        model.addAttribute("form", new QuestionForm());
        return questionPage(id, null, model);
    }

    @GetMapping("/staff/activities/{id}/course/questions/{questionId}")
    String editQuestion(@PathVariable long id, @PathVariable long questionId, Model model) {
        model.addAttribute("form", QuestionForm.of(authoring.questionOf(id, questionId)));
        return questionPage(id, questionId, model);
    }

    @PostMapping({"/staff/activities/{id}/course/questions", "/staff/activities/{id}/course/questions/{questionId}"})
    String saveQuestion(@PathVariable long id, @PathVariable(required = false) Long questionId,
                        @ModelAttribute("form") QuestionForm form, BindingResult errors, Model model,
                        RedirectAttributes redirect, Locale locale) {
        if (questionId != null) {
            authoring.questionOf(id, questionId); // another activity's question is not found, before the form is checked
        }
        if (!errors.hasErrors()) {
            try {
                authoring.saveQuestion(id, questionId, form.question());
                redirect.addFlashAttribute("notice", messages.getMessage("form.saved", null, locale));
                return "redirect:/staff/activities/" + id + "/course";
            } catch (FieldProblem problem) {
                FormProblems.report(errors, problem);
            }
        }
        return questionPage(id, questionId, model);
    }

    @PostMapping("/staff/activities/{id}/course/questions/{questionId}/delete")
    String deleteQuestion(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect,
                          Locale locale) {
        authoring.deleteQuestion(id, questionId);
        redirect.addFlashAttribute("notice", messages.getMessage("form.saved", null, locale));
        return "redirect:/staff/activities/" + id + "/course";
    }

    private String questionPage(long id, Long questionId, Model model) {
        model.addAttribute("activity", authoring.activity(id));
        model.addAttribute("questionId", questionId);
        model.addAttribute("rows", java.util.stream.IntStream.range(0, QuestionForm.ROWS).boxed().toList());
        return "learning/author-question";
    }
}
