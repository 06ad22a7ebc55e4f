package campus.credentials.web;

import campus.accounts.CampusUser;
import campus.credentials.internal.CredentialCard;
import campus.credentials.internal.LearnerCredentials;
import campus.credentials.internal.LinkedInLink;
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

/** "My credentials": a learner's credentials with their links, and the choice to share each or keep it private. */
@Controller
class MyCredentialsController {

    private final LearnerCredentials credentials;
    private final MessageSource messages;

    MyCredentialsController(LearnerCredentials credentials, MessageSource messages) {
        this.credentials = credentials;
        this.messages = messages;
    }

    /** One credential on the page with its LinkedIn link. */
    record Line(CredentialCard card, String linkedIn) {
    }

    @GetMapping("/my-credentials")
    String mine(@AuthenticationPrincipal CampusUser user, Model model) {
        List<Line> lines = credentials.of(user.id()).stream().map(c -> new Line(c, LinkedInLink.of(c))).toList();
        model.addAttribute("lines", lines);
        return "credentials/my-credentials";
    }

    @PostMapping("/my-credentials/{id}/sharing")
    String share(@PathVariable String id, @RequestParam(required = false) String shared, @AuthenticationPrincipal CampusUser user,
                 RedirectAttributes redirect, Locale locale) {
        boolean share = "true".equals(shared);
        credentials.share(id, user.id(), share);
        redirect.addFlashAttribute("notice", messages.getMessage(share ? "mycredentials.shared" : "mycredentials.hidden",
                null, locale));
        return "redirect:/my-credentials#credential-" + id;
    }
}
