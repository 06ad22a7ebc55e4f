package campus.learning.web;

import campus.learning.internal.CourseAuthoring;
import campus.learning.internal.CourseOutline;
import campus.learning.internal.CoursePackages;
import campus.learning.internal.archive.ArchiveRefused;
import jakarta.servlet.http.HttpServletResponse;
import campus.shared.FieldProblem;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.LinkedHashMap;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff author a course: the course page with its rules, modules and files. */
@Controller
class CourseAuthoringController {

    private final CourseAuthoring authoring;
    private final CoursePackages packages;
    private final MessageSource messages;

    CourseAuthoringController(CourseAuthoring authoring, CoursePackages packages, MessageSource messages) {
        this.authoring = authoring;
        this.packages = packages;
        this.messages = messages;
    }

    @GetMapping("/staff/activities/{id}/course.zip")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        String code = authoring.activity(id).code();
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"course-" + code + ".zip\"");
        packages.write(id, response.getOutputStream());
    }

    /** Replaces the course with an uploaded zip; a refused zip changes nothing and says why. */
    @PostMapping("/staff/activities/{id}/course/import")
    String importZip(@PathVariable long id, @RequestParam("zip") MultipartFile zip, RedirectAttributes redirect,
                     Locale locale) throws IOException {
        try (var in = zip.getInputStream()) {
            packages.importInto(id, in);
            return saved(redirect, locale, id);
        } catch (ArchiveRefused refused) {
            redirect.addFlashAttribute("problem", messages.getMessage("course.import.refused",
                    new Object[] {messages.getMessage(refused.messageKey(), refused.arguments(), locale)}, locale));
            return "redirect:/staff/activities/" + id + "/course";
        }
    }

    @GetMapping("/staff/activities/{id}/course")
    String course(@PathVariable long id, Model model) {
        CourseOutline outline = authoring.open(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RulesForm.of(outline.rules()));
        }
        return page(id, outline, model);
    }

    private String page(long id, CourseOutline outline, Model model) {
        model.addAttribute("activity", authoring.activity(id));
        model.addAttribute("outline", outline);
        model.addAttribute("bank", authoring.bank(id));
        model.addAttribute("files", authoring.files(id));
        return "learning/author-course";
    }

    @PostMapping("/staff/activities/{id}/course/rules")
    String rules(@PathVariable long id, @Valid @ModelAttribute("form") RulesForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect, Locale locale) {
        if (!errors.hasErrors()) {
            try {
                authoring.saveRules(id, form.rules());
                return saved(redirect, locale, id);
            } catch (FieldProblem problem) {
                FormProblems.report(errors, problem);
            }
        }
        return page(id, authoring.open(id), model);
    }

    @PostMapping("/staff/activities/{id}/course/modules")
    String addModule(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect,
                     Locale locale) {
        return change(id, redirect, locale, () -> authoring.addModule(id, titles(params)));
    }

    @PostMapping("/staff/activities/{id}/course/modules/{moduleId}")
    String renameModule(@PathVariable long id, @PathVariable long moduleId, @RequestParam Map<String, String> params,
                        RedirectAttributes redirect, Locale locale) {
        return change(id, redirect, locale, () -> authoring.renameModule(id, moduleId, titles(params)));
    }

    @PostMapping("/staff/activities/{id}/course/modules/{moduleId}/delete")
    String deleteModule(@PathVariable long id, @PathVariable long moduleId, RedirectAttributes redirect, Locale locale) {
        return change(id, redirect, locale, () -> authoring.deleteModule(id, moduleId));
    }

    @PostMapping("/staff/activities/{id}/course/modules/{moduleId}/move")
    String moveModule(@PathVariable long id, @PathVariable long moduleId, @RequestParam int step,
                      RedirectAttributes redirect, Locale locale) {
        return change(id, redirect, locale, () -> authoring.moveModule(id, moduleId, Integer.signum(step)));
    }

    @PostMapping("/staff/activities/{id}/course/lessons/{lessonId}/move")
    String moveLesson(@PathVariable long id, @PathVariable long lessonId, @RequestParam int step,
                      RedirectAttributes redirect, Locale locale) {
        return change(id, redirect, locale, () -> authoring.moveLesson(id, lessonId, Integer.signum(step)));
    }

    @PostMapping("/staff/activities/{id}/course/files")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect,
                  Locale locale) throws IOException {
        byte[] content = file.getBytes();
        return change(id, redirect, locale, () -> authoring.saveFile(id, file.getOriginalFilename(), file.getContentType(),
                content));
    }

    @PostMapping("/staff/activities/{id}/course/files/{name}/delete")
    String deleteFile(@PathVariable long id, @PathVariable String name, RedirectAttributes redirect, Locale locale) {
        return change(id, redirect, locale, () -> authoring.deleteFile(id, name));
    }

    private String change(long id, RedirectAttributes redirect, Locale locale, Runnable change) {
        try {
            change.run();
            return saved(redirect, locale, id);
        } catch (FieldProblem problem) {
            redirect.addFlashAttribute("problem", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
            return "redirect:/staff/activities/" + id + "/course";
        }
    }

    private String saved(RedirectAttributes redirect, Locale locale, long id) {
        redirect.addFlashAttribute("notice", messages.getMessage("form.saved", null, locale));
        return "redirect:/staff/activities/" + id + "/course";
    }

    private static Map<String, String> titles(Map<String, String> params) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (String language : new String[] {"en", "fr", "es"}) {
            String title = params.getOrDefault("title" + Character.toUpperCase(language.charAt(0)) + language.substring(1), "");
            if (!title.isBlank()) {
                titles.put(language, title.trim());
            }
        }
        return titles;
    }
}
