package campus.partners.web;

import campus.partners.PartnerView;
import org.springframework.ui.Model;

/** Space pages carry the partner's colours: the layout links the space's style sheet (inline styles are barred by CSP). */
final class SpacePages {

    private SpacePages() {
    }

    static String themed(Model model, PartnerView partner, String view) {
        model.addAttribute("spaceTheme", "/p/" + partner.slug() + "/theme.css");
        model.addAttribute("space", partner);
        return view;
    }
}
