package campus.accounts.web;

import campus.accounts.internal.AccountService;
import campus.shared.FieldProblem;
import campus.shared.LanguageCode;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Registration, email verification and password reset pages. */
@Controller
class RegistrationController {

    private final AccountService accounts;

    RegistrationController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/register")
    String form(Model model, Locale locale) {
        model.addAttribute("form", RegistrationForm.empty(LanguageCode.of(locale).code()));
        FormChoices.addTo(model, locale);
        return "accounts/register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model, Locale locale) {
        if (!errors.hasErrors()) {
            try {
                accounts.register(form.details(), form.password);
                model.addAttribute("email", form.email.trim());
                return "accounts/registered";
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
            }
        }
        FormChoices.addTo(model, locale);
        return "accounts/register";
    }

    @GetMapping("/verify")
    String verify(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("verified", accounts.verify(token));
        return "accounts/verified";
    }

    @GetMapping("/password/forgot")
    String forgotForm() {
        return "accounts/forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(@RequestParam(defaultValue = "") String email, Model model) {
        if (email.isBlank()) {
            model.addAttribute("emailMissing", true);
            return "accounts/forgot";
        }
        accounts.requestPasswordReset(email);
        model.addAttribute("sent", true);
        return "accounts/forgot";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "accounts/reset";
    }

    @PostMapping("/password/reset")
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
                 Model model) {
        model.addAttribute("token", token);
        try {
            model.addAttribute(accounts.resetPassword(token, password) ? "done" : "invalid", true);
        } catch (FieldProblem problem) {
            model.addAttribute("passwordProblem", problem);
        }
        return "accounts/reset";
    }
}
