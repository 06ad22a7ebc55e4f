package campus.partners;

import java.util.List;
import java.util.Map;

/** A partner and its space as pages show it; welcome texts by language. */
public record PartnerView(long id, String slug, String name, PartnerKind kind, String country, String contactEmail,
                          String primaryColour, String accentColour, List<String> languages, boolean openToAll,
                          boolean hasLogo, Map<String, String> welcome) {

    /** The id the results report knows this partner by (the read model's partner_id of its activities). */
    public String reportingId() {
        return reportingId(id);
    }

    public static String reportingId(long partnerId) {
        return "campus:partner:" + partnerId;
    }

    /** The welcome text in the reader's language, else in the space's first language. */
    public String welcomeIn(String language) {
        String text = welcome.get(language);
        if (text == null && !languages.isEmpty()) {
            text = welcome.get(languages.get(0));
        }
        return text == null ? "" : text;
    }
}
