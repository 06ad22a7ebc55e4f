package campus.credentials.web;

import campus.credentials.internal.IssuerDocuments;
import campus.shared.NotFound;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a verifier fetches from the issuer, without signing in: the issuer's Profile and controller
 * document (every key it ever signed with) and the signed status lists. Both change (a new key, a
 * revocation), so caches must revalidate.
 */
@RestController
class IssuerDocumentsController {

    private final IssuerDocuments documents;
    private final campus.credentials.internal.Credentials credentials;

    IssuerDocumentsController(IssuerDocuments documents, campus.credentials.internal.Credentials credentials) {
        this.documents = documents;
        this.credentials = credentials;
    }

    /** What an achievement id inside a credential leads to: the achievement and its criteria. */
    @GetMapping("/credentials/achievements/{key}")
    ResponseEntity<String> achievement(@PathVariable String key, java.util.Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noCache())
                .body(credentials.achievement(key, campus.shared.LanguageCode.of(locale).code())
                        .orElseThrow(() -> new NotFound("achievement " + key)).toString());
    }

    @GetMapping("/credentials/issuer")
    ResponseEntity<String> issuer() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noCache())
                .body(documents.issuerDocument());
    }

    @GetMapping("/credentials/status/{list}")
    ResponseEntity<byte[]> statusList(@PathVariable String list) {
        long number;
        try {
            number = Long.parseLong(list);
        } catch (NumberFormatException e) {
            throw new NotFound("status list " + list);
        }
        String document = documents.statusList(number).orElseThrow(() -> new NotFound("status list " + list));
        return ResponseEntity.ok().contentType(CredentialPageController.VC).cacheControl(CacheControl.noCache())
                .body(document.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
