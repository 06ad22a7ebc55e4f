package campus.credentials.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The Centre as issuer and the addresses its credentials use, all under the platform's public base URL. */
@Component
public class Issuer {

    /** Entries per status list: 131,072, the Bitstring Status List's minimum for herd privacy. */
    public static final long LIST_SIZE = 131_072;

    private final String baseUrl;
    private final IssuerProfile profile;

    Issuer(@Value("${campus.base-url}") String baseUrl,
           @Value("${campus.credentials.issuer-name:Campus Training Centre}") String name) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.profile = IssuerProfile.of(this.baseUrl, name);
    }

    public IssuerProfile profile() {
        return profile;
    }

    public String credentialUrl(String id) {
        return baseUrl + "/credentials/" + id;
    }

    public String achievementUrl(long activityId, CredentialKind kind) {
        return baseUrl + "/credentials/achievements/" + activityId + "-" + kind.code();
    }

    /** A partner's learning space, which stands for the partner in the credentials of activities it offered. */
    public String spaceUrl(String slug) {
        return baseUrl + "/p/" + slug;
    }

    public String statusListUrl(long listNumber) {
        return baseUrl + "/credentials/status/" + listNumber;
    }

    StatusEntry statusEntry(long index) {
        return new StatusEntry(statusListUrl(index / LIST_SIZE), index % LIST_SIZE);
    }

    /** The credential id from its URL, or the text as it is when it is not one of ours. */
    public String idOf(String credentialUrl) {
        String prefix = baseUrl + "/credentials/";
        return credentialUrl.startsWith(prefix) ? credentialUrl.substring(prefix.length()) : credentialUrl;
    }
}
