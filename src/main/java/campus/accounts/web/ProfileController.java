package campus.accounts.web;

import campus.accounts.CampusUser;
import campus.accounts.PersonView;
import campus.accounts.internal.AccountService;
import campus.shared.FieldProblem;
import campus.shared.NotFound;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own profile and their API tokens. */
@Controller
class ProfileController {

    private final AccountService accounts;

    ProfileController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal CampusUser user, Model model, Locale locale) {
        PersonView person = accounts.find(user.id()).orElseThrow(() -> new NotFound("person"));
        model.addAttribute("form", ProfileForm.of(person));
        return page(user, model, locale);
    }

    @PostMapping("/profile")
    String update(@AuthenticationPrincipal CampusUser user, @Valid @ModelAttribute("form") ProfileForm form,
                  BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.updateProfile(user.id(), form.details(user.email()));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/profile";
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
            }
        }
        return page(user, model, locale);
    }

    @PostMapping("/profile/api-tokens")
    String newToken(@AuthenticationPrincipal CampusUser user, @RequestParam(defaultValue = "") String label,
                    RedirectAttributes redirect) {
        redirect.addFlashAttribute("newToken", accounts.issueApiToken(user.id(), label));
        return "redirect:/profile";
    }

    @PostMapping("/profile/api-tokens/revoke")
    String revokeTokens(@AuthenticationPrincipal CampusUser user) {
        accounts.revokeApiTokens(user.id());
        return "redirect:/profile";
    }

    private String page(CampusUser user, Model model, Locale locale) {
        FormChoices.addTo(model, locale);
        model.addAttribute("email", user.email());
        model.addAttribute("tokenCount", accounts.apiTokenCount(user.id()));
        return "accounts/profile";
    }
}
