package campus.partners.web;

import campus.catalogue.ActivityStatus;
import campus.catalogue.ActivityView;
import campus.catalogue.CatalogueApi;
import campus.catalogue.CatalogueQuery;
import campus.partners.PartnerView;
import campus.partners.internal.PartnerService;
import campus.shared.FieldProblem;
import campus.shared.LanguageCode;
import campus.shared.NotFound;
import campus.shared.PageRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
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
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A space's administration: its activities (authored with the Centre's own pages), branding, join link and
 * recommended Centre activities. Security lets only the space's administrators and the Centre's staff in.
 */
@Controller
class SpaceAdminController {

    private final PartnerService partners;
    private final CatalogueApi catalogue;

    SpaceAdminController(PartnerService partners, CatalogueApi catalogue) {
        this.partners = partners;
        this.catalogue = catalogue;
    }

    @GetMapping("/p/{slug}/admin")
    String overview(@PathVariable String slug, Model model, Locale locale) {
        PartnerView partner = partner(slug);
        model.addAttribute("partner", partner);
        model.addAttribute("activities", catalogue.ofPartner(partner.id(), LanguageCode.of(locale).code()));
        model.addAttribute("memberCount", partners.members(partner.id()).size());
        model.addAttribute("joinLink", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/p/{slug}/join/{token}").buildAndExpand(slug, partners.joinToken(partner.id())).toUriString());
        return SpacePages.themed(model, partner, "partners/admin");
    }

    @PostMapping("/p/{slug}/admin/join-link")
    String renewJoinLink(@PathVariable String slug, RedirectAttributes redirect) {
        partners.renewJoinToken(partner(slug).id());
        redirect.addFlashAttribute("renewed", true);
        return "redirect:/p/" + slug + "/admin";
    }

    @GetMapping("/p/{slug}/admin/branding")
    String brandingForm(@PathVariable String slug, Model model) {
        PartnerView partner = partner(slug);
        model.addAttribute("form", BrandingForm.of(partner));
        return branding(model, partner);
    }

    @PostMapping("/p/{slug}/admin/branding")
    String brand(@PathVariable String slug, @ModelAttribute("form") BrandingForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        PartnerView partner = partner(slug);
        if (!errors.hasErrors()) {
            try {
                partners.brand(partner.id(), form.branding());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/p/" + slug + "/admin/branding";
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return branding(model, partner);
    }

    @PostMapping("/p/{slug}/admin/logo")
    String logo(@PathVariable String slug, @RequestParam(required = false) MultipartFile logo, Model model,
                RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        PartnerView partner = partner(slug);
        try {
            partners.setLogo(partner.id(), logo == null ? null : logo.getBytes());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/p/" + slug + "/admin/branding";
        } catch (FieldProblem problem) {
            model.addAttribute("form", BrandingForm.of(partner));
            model.addAttribute("logoProblem", problem.messageKey());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return branding(model, partner);
        }
    }

    @GetMapping("/p/{slug}/admin/recommendations")
    String recommendationsForm(@PathVariable String slug, Model model, Locale locale) {
        PartnerView partner = partner(slug);
        return recommendations(model, partner, partners.recommendations(partner.id()), locale);
    }

    /** Only the Centre's published activities can be recommended; any other id sent is refused as a whole. */
    @PostMapping("/p/{slug}/admin/recommendations")
    String recommend(@PathVariable String slug, @RequestParam(name = "activity", required = false) List<Long> chosen,
                     Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        PartnerView partner = partner(slug);
        Set<Long> ids = chosen == null ? Set.of() : Set.copyOf(chosen);
        Set<Long> offered = centreActivities(locale).stream().map(ActivityView::id).collect(java.util.stream.Collectors.toSet());
        if (!offered.containsAll(ids)) {
            model.addAttribute("problem", "partners.recommend.unknown");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return recommendations(model, partner, ids, locale);
        }
        partners.recommend(partner.id(), ids);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/p/" + slug + "/admin/recommendations";
    }

    private String recommendations(Model model, PartnerView partner, Set<Long> chosen, Locale locale) {
        model.addAttribute("partner", partner);
        model.addAttribute("offered", centreActivities(locale));
        model.addAttribute("chosen", chosen);
        return SpacePages.themed(model, partner, "partners/recommendations");
    }

    private List<ActivityView> centreActivities(Locale locale) {
        return catalogue.search(CatalogueQuery.all(), LanguageCode.of(locale).code(), new PageRequest(1, 100)).items().stream()
                .filter(a -> a.status() == ActivityStatus.PUBLISHED).toList();
    }

    private String branding(Model model, PartnerView partner) {
        model.addAttribute("partner", partner);
        model.addAttribute("languages", LanguageCode.codes());
        return SpacePages.themed(model, partner, "partners/branding");
    }

    private PartnerView partner(String slug) {
        return partners.findBySlug(slug).orElseThrow(() -> new NotFound("space " + slug));
    }
}
