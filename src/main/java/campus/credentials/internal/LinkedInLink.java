package campus.credentials.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * LinkedIn's "Add licence or certification" link, filled in with the credential (LinkedIn's documented
 * add-to-profile parameters); the certificate URL is the public page, where anyone can check it.
 */
public final class LinkedInLink {

    private static final String ADD_TO_PROFILE = "https://www.linkedin.com/profile/add";

    private LinkedInLink() {
    }

    public static String of(CredentialCard card) {
        ZonedDateTime issued = card.validFrom().atZone(ZoneOffset.UTC);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("startTask", "CERTIFICATION_NAME");
        query.put("name", card.name());
        query.put("organizationName", card.issuerName());
        query.put("issueYear", Integer.toString(issued.getYear()));
        query.put("issueMonth", Integer.toString(issued.getMonthValue()));
        query.put("certUrl", card.url());
        query.put("certId", card.id());
        return ADD_TO_PROFILE + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    /** Percent-encoding of a query value (a space as %20, not the form encoding's '+'). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
