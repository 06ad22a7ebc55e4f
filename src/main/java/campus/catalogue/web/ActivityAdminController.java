package campus.catalogue.web;

import campus.catalogue.ActivityStatus;
import campus.catalogue.internal.CatalogueService;
import campus.shared.ActivityKind;
import campus.shared.FieldProblem;
import campus.shared.LanguageCode;
import campus.shared.Modality;
import campus.shared.NotFound;
import campus.shared.PageRequest;
import campus.shared.TechnicalArea;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff back-office of the catalogue: create, edit, publish and archive activities. */
@Controller
class ActivityAdminController {

    private final CatalogueService catalogue;

    ActivityAdminController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/staff/activities")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page,
                Model model, Locale locale) {
        model.addAttribute("q", q);
        model.addAttribute("results", catalogue.allForStaff(q, LanguageCode.of(locale).code(), new PageRequest(page, 25)));
        return "catalogue/staff-list";
    }

    /** With ?partner=N the activity is hosted in that partner's space (security lets only its administrators and staff). */
    @GetMapping("/staff/activities/new")
    String createForm(@RequestParam(required = false) Long partner, Model model) {
        model.addAttribute("form", ActivityForm.empty());
        model.addAttribute("partnerId", partner);
        return form(model, null);
    }

    @PostMapping("/staff/activities")
    String create(@RequestParam(required = false) Long partner, @Valid @ModelAttribute("form") ActivityForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("partnerId", partner);
        if (!errors.hasErrors()) {
            try {
                long id = catalogue.create(form.draft(partner));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/staff/activities/" + id + "/edit";
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
            }
        }
        return form(model, null);
    }

    @GetMapping("/staff/activities/{id}/edit")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        var activity = catalogue.find(id, LanguageCode.of(locale).code()).orElseThrow(() -> new NotFound("activity " + id));
        model.addAttribute("form", ActivityForm.of(activity));
        model.addAttribute("activity", activity);
        return form(model, id);
    }

    @PostMapping("/staff/activities/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ActivityForm form, BindingResult errors,
                  Model model, Locale locale, RedirectAttributes redirect) {
        var activity = catalogue.find(id, LanguageCode.of(locale).code()).orElseThrow(() -> new NotFound("activity " + id));
        if (!errors.hasErrors()) {
            try {
                catalogue.update(id, form.draft(activity.partnerId()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/staff/activities/" + id + "/edit";
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
            }
        }
        model.addAttribute("activity", activity);
        return form(model, id);
    }

    @PostMapping("/staff/activities/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam String status, RedirectAttributes redirect) {
        ActivityStatus wanted = Arrays.stream(ActivityStatus.values()).filter(s -> s.code().equals(status)).findFirst()
                .orElseThrow(() -> new NotFound("status " + status));
        catalogue.changeStatus(id, wanted);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/staff/activities/" + id + "/edit";
    }

    private String form(Model model, Long id) {
        model.addAttribute("activityId", id);
        model.addAttribute("modalities", Modality.values());
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("areas", TechnicalArea.values());
        model.addAttribute("languages", LanguageCode.codes());
        return "catalogue/staff-form";
    }
}
