package campus.partners.web;

import campus.accounts.CampusUser;
import campus.partners.PartnerView;
import campus.partners.internal.MemberInvitations;
import campus.partners.internal.PartnerService;
import campus.shared.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The personal link of a mailed invitation. Security sends a visitor who is not signed in to sign in (or
 * register) first and back here. A wrong, forged or used link gets one and the same answer, so it tells nothing.
 */
@Controller
class InvitationController {

    private final PartnerService partners;
    private final MemberInvitations invitations;

    InvitationController(PartnerService partners, MemberInvitations invitations) {
        this.partners = partners;
        this.invitations = invitations;
    }

    @GetMapping("/p/{slug}/invitations/{token}")
    String invitation(@PathVariable String slug, @PathVariable String token, Model model, HttpServletResponse response) {
        PartnerView partner = partner(slug);
        model.addAttribute("partner", partner);
        if (!invitations.isValid(partner.id(), token)) {
            return invalid(model, partner, response);
        }
        model.addAttribute("token", token);
        return SpacePages.themed(model, partner, "partners/invitation");
    }

    @PostMapping("/p/{slug}/invitations/{token}")
    String accept(@PathVariable String slug, @PathVariable String token, @AuthenticationPrincipal CampusUser user,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        PartnerView partner = partner(slug);
        if (!invitations.accept(partner.id(), token, user.id())) {
            model.addAttribute("partner", partner);
            return invalid(model, partner, response);
        }
        redirect.addFlashAttribute("joined", true);
        return "redirect:/p/" + slug;
    }

    private static String invalid(Model model, PartnerView partner, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return SpacePages.themed(model, partner, "partners/invitation-invalid");
    }

    private PartnerView partner(String slug) {
        return partners.findBySlug(slug).orElseThrow(() -> new NotFound("space " + slug));
    }
}
