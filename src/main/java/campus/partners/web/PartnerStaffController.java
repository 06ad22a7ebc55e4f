package campus.partners.web;

import campus.accounts.AccountsApi;
import campus.partners.PartnerKind;
import campus.partners.PartnerView;
import campus.partners.internal.Membership;
import campus.partners.internal.PartnerDetails;
import campus.partners.internal.PartnerService;
import campus.shared.Countries;
import campus.shared.FieldProblem;
import campus.shared.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Centre's staff record partner organisations, open their spaces and name their administrators. */
@Controller
class PartnerStaffController {

    private final PartnerService partners;
    private final AccountsApi accounts;

    PartnerStaffController(PartnerService partners, AccountsApi accounts) {
        this.partners = partners;
        this.accounts = accounts;
    }

    @GetMapping("/staff/partners")
    String list(Model model) {
        model.addAttribute("partners", partners.all());
        return "partners/staff-list";
    }

    @GetMapping("/staff/partners/new")
    String createForm(Model model, Locale locale) {
        model.addAttribute("form", new PartnerForm());
        return form(model, null, locale);
    }

    @PostMapping("/staff/partners")
    String create(@ModelAttribute("form") PartnerForm form, BindingResult errors, Model model, Locale locale,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                long id = partners.create(details(form));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/staff/partners/" + id;
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(model, null, locale);
    }

    @GetMapping("/staff/partners/{id}")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("form", PartnerForm.of(partner(id)));
        return form(model, id, locale);
    }

    @PostMapping("/staff/partners/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") PartnerForm form, BindingResult errors, Model model,
                  Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        PartnerView partner = partner(id);
        form.slug = partner.slug();
        if (!errors.hasErrors()) {
            try {
                partners.update(id, details(form));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/staff/partners/" + id;
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(model, id, locale);
    }

    @PostMapping("/staff/partners/{id}/administrators")
    String addAdministrator(@PathVariable long id, @RequestParam(defaultValue = "") String email, Model model, Locale locale,
                            RedirectAttributes redirect, HttpServletResponse response) {
        PartnerView partner = partner(id);
        try {
            partners.addAdministrator(id, email);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/staff/partners/" + id;
        } catch (FieldProblem problem) {
            model.addAttribute("form", PartnerForm.of(partner));
            model.addAttribute("adminProblem", problem.messageKey());
            model.addAttribute("adminEmail", email);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, id, locale);
        }
    }

    @PostMapping("/staff/partners/{id}/administrators/{personId}/remove")
    String removeAdministrator(@PathVariable long id, @PathVariable long personId, RedirectAttributes redirect) {
        partners.removeAdministrator(id, personId);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/staff/partners/" + id;
    }

    private String form(Model model, Long id, Locale locale) {
        model.addAttribute("partnerId", id);
        model.addAttribute("kinds", PartnerKind.values());
        model.addAttribute("countries", Countries.all(locale));
        if (id != null) {
            PartnerView partner = partner(id);
            List<Membership> admins = partners.members(id).stream().filter(Membership::administrator).toList();
            model.addAttribute("partner", partner);
            model.addAttribute("administrators", accounts.findAll(admins.stream().map(Membership::personId).toList()).values());
        }
        return "partners/staff-form";
    }

    private static PartnerDetails details(PartnerForm form) {
        return new PartnerDetails(form.slug, form.name, form.kind, form.country, form.contactEmail);
    }

    private PartnerView partner(long id) {
        return partners.find(id).orElseThrow(() -> new NotFound("partner " + id));
    }
}
