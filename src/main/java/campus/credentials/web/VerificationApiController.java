package campus.credentials.web;

import campus.accounts.CampusUser;
import campus.credentials.internal.CredentialVerifier;
import campus.credentials.internal.PublicCredentials;
import campus.credentials.internal.SubmittedCredential;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verification as JSON: of a credential the platform issued (by id), and of any credential a holder
 * submits (the body), with each check's message in the caller's language. No sign-in needed, and
 * the submission needs no CSRF token: it changes nothing and reads no one's data.
 */
@RestController
class VerificationApiController {

    /** Far above any credential the platform issues (about 3 KB), and small enough to refuse floods. */
    static final int MAX_BODY_BYTES = 256 * 1024;

    private final PublicCredentials credentials;
    private final CredentialVerifier verifier;
    private final MessageSource messages;

    VerificationApiController(PublicCredentials credentials, CredentialVerifier verifier, MessageSource messages) {
        this.credentials = credentials;
        this.verifier = verifier;
        this.messages = messages;
    }

    @GetMapping("/api/credentials/{id}/verification")
    ShownVerification verification(@PathVariable String id, @AuthenticationPrincipal CampusUser visitor, Locale locale) {
        var stored = credentials.visible(id, visitor == null ? null : visitor.id());
        return ShownVerification.of(credentials.verification(stored), messages, locale);
    }

    @PostMapping("/api/credentials/verify")
    ShownVerification verify(HttpServletRequest request, Locale locale) throws IOException {
        return ShownVerification.of(verifier.verify(SubmittedCredential.read(body(request))), messages, locale);
    }

    /** The body as UTF-8 text, refusing more than MAX_BODY_BYTES without reading it all. */
    private static String body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new BodyTooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new BodyTooLarge();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** A submission over the size limit. */
    static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super("body over " + MAX_BODY_BYTES + " bytes");
        }
    }
}
