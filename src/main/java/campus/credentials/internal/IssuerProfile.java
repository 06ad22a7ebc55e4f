package campus.credentials.internal;

import campus.credentials.internal.proof.JsonDocuments;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * The Centre as issuer: an OB 3.0 Profile whose id is an https URL of the platform. The same URL
 * serves the controller document that lists the issuer's keys (Multikey) under assertionMethod, so
 * a verifier finds the key a proof names and checks that the issuer controls it.
 */
public record IssuerProfile(String id, String name, String url) {

    public static IssuerProfile of(String baseUrl, String name) {
        return new IssuerProfile(baseUrl + "/credentials/issuer", name, baseUrl);
    }

    JsonObject profile() {
        return JsonDocuments.JSON.createObjectBuilder().add("id", id).add("type", JsonDocuments.JSON.createArrayBuilder().add("Profile"))
                .add("name", name).add("url", url).build();
    }

    /** The verification method id of a key: the controller document's URL with the key id as fragment. */
    public String methodId(String keyId) {
        return id + "#" + keyId;
    }

    /** One of the issuer's keys, current or retired. */
    public record Key(String keyId, String publicKeyMultibase) {
    }

    /** The controller document: every key ever used stays listed, so earlier credentials keep verifying. */
    public JsonObject controllerDocument(List<Key> keys) {
        var methods = JsonDocuments.JSON.createArrayBuilder();
        for (Key key : keys) {
            methods.add(JsonDocuments.JSON.createObjectBuilder()
                    .add("id", methodId(key.keyId()))
                    .add("type", "Multikey")
                    .add("controller", id)
                    .add("publicKeyMultibase", key.publicKeyMultibase()));
        }
        var list = methods.build();
        return JsonDocuments.JSON.createObjectBuilder()
                .add("@context", JsonDocuments.JSON.createArrayBuilder().add("https://www.w3.org/ns/did/v1")
                        .add("https://w3id.org/security/multikey/v1"))
                .add("id", id)
                .add("verificationMethod", list)
                .add("assertionMethod", list)
                .build();
    }

    /**
     * What the issuer's URL serves: the controller document, which is also the issuer's OB 3.0
     * Profile (its type, name and url, with the OB context that defines them), because a verifier
     * dereferences the same id for both.
     */
    public JsonObject publishedDocument(List<Key> keys) {
        JsonObject controller = controllerDocument(keys);
        return JsonDocuments.JSON.createObjectBuilder(controller)
                .add("@context", JsonDocuments.JSON.createArrayBuilder(controller.getJsonArray("@context")).add(CredentialDocument.OB_CONTEXT))
                .add("type", JsonDocuments.JSON.createArrayBuilder().add("Profile"))
                .add("name", name)
                .add("url", url)
                .build();
    }
}
