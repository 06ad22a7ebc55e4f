package campus.mail.web;

import campus.mail.internal.OutboxView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrators' outbox page: every mail the platform wrote, sent or waiting. */
@Controller
class OutboxController {

    private final OutboxView outbox;

    OutboxController(OutboxView outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/outbox")
    String outbox(Model model) {
        model.addAttribute("mails", outbox.latest());
        return "mail/outbox";
    }
}
