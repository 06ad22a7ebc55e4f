package campus.partners.web;

import campus.partners.PartnerView;
import campus.partners.internal.Branding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The branding form of a space: colours, languages, who may join and the welcome text per language. */
public final class BrandingForm {

    public String primaryColour;
    public String accentColour;
    public List<String> languages = new ArrayList<>();
    public boolean openToAll;
    public String welcomeEn = "";
    public String welcomeFr = "";
    public String welcomeEs = "";

    static BrandingForm of(PartnerView p) {
        BrandingForm f = new BrandingForm();
        f.primaryColour = p.primaryColour();
        f.accentColour = p.accentColour();
        f.languages = new ArrayList<>(p.languages());
        f.openToAll = p.openToAll();
        f.welcomeEn = p.welcome().getOrDefault("en", "");
        f.welcomeFr = p.welcome().getOrDefault("fr", "");
        f.welcomeEs = p.welcome().getOrDefault("es", "");
        return f;
    }

    Branding branding() {
        Map<String, String> welcome = new LinkedHashMap<>();
        welcome.put("en", welcomeEn);
        welcome.put("fr", welcomeFr);
        welcome.put("es", welcomeEs);
        return new Branding(primaryColour == null ? "" : primaryColour.strip(), accentColour == null ? "" : accentColour.strip(),
                languages == null ? List.of() : languages, openToAll, welcome);
    }
}
