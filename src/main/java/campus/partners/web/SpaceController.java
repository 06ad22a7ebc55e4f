package campus.partners.web;

import campus.accounts.CampusUser;
import campus.catalogue.ActivityStatus;
import campus.catalogue.ActivityView;
import campus.catalogue.CatalogueApi;
import campus.catalogue.CatalogueQuery;
import campus.partners.PartnerView;
import campus.partners.internal.PartnerService;
import campus.shared.LanguageCode;
import campus.shared.NotFound;
import campus.shared.PageRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A partner's learning space as its members and visitors see it, and joining it. */
@Controller
class SpaceController {

    private final PartnerService partners;
    private final CatalogueApi catalogue;

    SpaceController(PartnerService partners, CatalogueApi catalogue) {
        this.partners = partners;
        this.catalogue = catalogue;
    }

    @GetMapping("/p/{slug}")
    String space(@PathVariable String slug, @AuthenticationPrincipal CampusUser user, Model model, Locale locale) {
        PartnerView partner = partner(slug);
        String language = LanguageCode.of(locale).code();
        List<ActivityView> own = catalogue.search(CatalogueQuery.ofPartner(partner.id()), language, new PageRequest(1, 100)).items();
        // a recommendation stays listed only while the Centre's activity is published
        List<ActivityView> recommended = catalogue.findAll(partners.recommendations(partner.id()), language).values().stream()
                .filter(a -> a.partnerId() == null && a.status() == ActivityStatus.PUBLISHED).toList();
        model.addAttribute("partner", partner);
        model.addAttribute("welcome", partner.welcomeIn(language));
        model.addAttribute("activities", own);
        model.addAttribute("recommended", recommended);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("member", user != null && partners.isMember(user.id(), partner.id()));
        model.addAttribute("administrator", user != null && partners.administers(user.id(), partner.id()));
        return SpacePages.themed(model, partner, "partners/space");
    }

    @GetMapping("/p/{slug}/theme.css")
    ResponseEntity<String> theme(@PathVariable String slug) {
        PartnerView partner = partner(slug);
        return ResponseEntity.ok().contentType(new MediaType("text", "css"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(SpaceTheme.css(partner));
    }

    @GetMapping("/p/{slug}/logo")
    ResponseEntity<byte[]> logo(@PathVariable String slug) {
        PartnerView partner = partner(slug);
        var logo = partners.logo(partner.id()).orElseThrow(() -> new NotFound("logo of " + slug));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.type()))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5))).header("X-Content-Type-Options", "nosniff")
                .body(logo.content());
    }

    /** The join link: sign-in comes first (security remembers where the visitor was going). */
    @GetMapping("/p/{slug}/join/{token}")
    String joinPage(@PathVariable String slug, @PathVariable String token, @AuthenticationPrincipal CampusUser user, Model model) {
        PartnerView partner = partner(slug);
        if (!token.equals(partners.joinToken(partner.id())) && !partner.openToAll()) {
            model.addAttribute("partner", partner);
            return SpacePages.themed(model, partner, "partners/join-invalid");
        }
        model.addAttribute("partner", partner);
        model.addAttribute("token", token);
        model.addAttribute("member", partners.isMember(user.id(), partner.id()));
        return SpacePages.themed(model, partner, "partners/join");
    }

    @PostMapping("/p/{slug}/join/{token}")
    String join(@PathVariable String slug, @PathVariable String token, @AuthenticationPrincipal CampusUser user,
                Model model, RedirectAttributes redirect) {
        PartnerView partner = partner(slug);
        if (!partners.join(partner.id(), user.id(), token)) {
            model.addAttribute("partner", partner);
            return SpacePages.themed(model, partner, "partners/join-invalid");
        }
        redirect.addFlashAttribute("joined", true);
        return "redirect:/p/" + slug;
    }

    /** Spaces open to everyone are joined from their page, without a link. */
    @PostMapping("/p/{slug}/join")
    String joinOpen(@PathVariable String slug, @AuthenticationPrincipal CampusUser user, RedirectAttributes redirect) {
        PartnerView partner = partner(slug);
        if (!partners.join(partner.id(), user.id(), null)) {
            throw new NotFound("open space " + slug);
        }
        redirect.addFlashAttribute("joined", true);
        return "redirect:/p/" + slug;
    }

    @GetMapping("/my-spaces")
    String mySpaces(@AuthenticationPrincipal CampusUser user, Model model) {
        model.addAttribute("spaces", partners.spacesOf(user.id()));
        model.addAttribute("administered", partners.administeredBy(user.id()).stream().map(PartnerView::id).toList());
        return "partners/my-spaces";
    }

    private PartnerView partner(String slug) {
        return partners.findBySlug(slug).orElseThrow(() -> new NotFound("space " + slug));
    }
}
