package campus.partners.internal;

import java.util.List;
import java.util.Map;

/** What a partner's administrators choose for their space: colours, languages, welcome texts, who may join. */
public record Branding(String primaryColour, String accentColour, List<String> languages, boolean openToAll,
                       Map<String, String> welcome) {
}
