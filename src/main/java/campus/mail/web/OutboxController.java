package campus.mail.web;

import campus.mail.internal.MailStatus;
import campus.mail.internal.OutboxAdministration;
import campus.shared.PageRequest;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' outbox page: every mail the platform wrote, where it stands, and sending again. */
@Controller
class OutboxController {

    private static final int PAGE_SIZE = 50;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final OutboxAdministration outbox;

    OutboxController(OutboxAdministration outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/outbox")
    String outbox(@RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page,
                  Principal administrator, Model model) {
        MailStatus filter = MailStatus.fromCode(status).orElse(null);
        Map<MailStatus, Long> counts = outbox.counts();
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", MailStatus.values());
        model.addAttribute("counts", counts);
        model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("mails", outbox.list(filter, new PageRequest(page, PAGE_SIZE)));
        model.addAttribute("smtpConfigured", outbox.smtpConfigured());
        model.addAttribute("maxAttempts", outbox.maxAttempts());
        model.addAttribute("messageIds", outbox.messageIds());
        model.addAttribute("testMailTo", administrator.getName());
        return "mail/outbox";
    }

    @PostMapping("/admin/outbox/{id}/send-again")
    String sendAgain(@PathVariable long id, @RequestParam(required = false) String status, RedirectAttributes redirect) {
        if (outbox.sendAgain(id)) {
            redirect.addFlashAttribute("queuedAgain", 1);
        } else {
            redirect.addFlashAttribute("alreadySent", true);
        }
        return back(status);
    }

    @PostMapping("/admin/outbox/send-failed-again")
    String sendFailedAgain(@RequestParam(required = false) String status, RedirectAttributes redirect) {
        redirect.addFlashAttribute("queuedAgain", outbox.sendFailedAgain());
        return back(status);
    }

    @PostMapping("/admin/outbox/test-mail")
    String testMail(@RequestParam(defaultValue = "") String recipient, Locale locale, RedirectAttributes redirect) {
        String to = recipient.strip();
        if (to.length() > 254 || !ADDRESS.matcher(to).matches()) {
            redirect.addFlashAttribute("testMailInvalid", true);
        } else {
            outbox.sendTestMail(to, locale.getLanguage());
            redirect.addFlashAttribute("testMailQueued", to);
        }
        return "redirect:/admin/outbox";
    }

    /** Back to the list the administrator was looking at (the status comes from the enum, never raw input). */
    private static String back(String status) {
        return "redirect:/admin/outbox" + MailStatus.fromCode(status).map(s -> "?status=" + s.code()).orElse("");
    }
}
