package campus.credentials.internal;

import campus.credentials.internal.proof.JsonDocuments;
import jakarta.json.JsonObject;

/**
 * The partner organisation that offered an activity with the Centre, as the OB 3.0 Profile that
 * created the achievement: its learning space's address is its id and url. The Centre stays the issuer.
 */
public record PartnerProfile(String name, String url) {

    JsonObject profile() {
        return JsonDocuments.JSON.createObjectBuilder().add("id", url).add("type", JsonDocuments.JSON.createArrayBuilder().add("Profile"))
                .add("name", name).add("url", url).build();
    }
}
