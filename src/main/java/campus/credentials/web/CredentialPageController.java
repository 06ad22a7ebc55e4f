package campus.credentials.web;

import campus.accounts.CampusUser;
import campus.credentials.internal.CertificatePdf;
import campus.credentials.internal.CredentialCard;
import campus.credentials.internal.CredentialViews;
import campus.credentials.internal.LinkedInLink;
import campus.credentials.internal.PublicCredentials;
import campus.credentials.internal.StoredCredential;
import campus.credentials.internal.ViewerHash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A credential's public page — what it states and each check of its verification, in the reader's
 * language — with its JSON, its printable certificate and the ways to check it independently. Anyone
 * may open a shared credential; a private one only its holder. Views by others are counted.
 */
@Controller
class CredentialPageController {

    /** The VC 2.0 media type (IANA, 2024): a credential with an embedded proof stays application/vc. */
    static final MediaType VC = new MediaType("application", "vc");

    private final PublicCredentials credentials;
    private final CredentialViews views;
    private final ViewerHash viewers;
    private final CertificatePdf certificates;
    private final MessageSource messages;

    CredentialPageController(PublicCredentials credentials, CredentialViews views, ViewerHash viewers,
                             CertificatePdf certificates, MessageSource messages) {
        this.credentials = credentials;
        this.views = views;
        this.viewers = viewers;
        this.certificates = certificates;
        this.messages = messages;
    }

    @GetMapping("/credentials/{id}")
    String page(@PathVariable String id, @RequestParam(required = false) String email,
                @AuthenticationPrincipal CampusUser visitor, HttpServletRequest request, HttpServletResponse response,
                Model model, Locale locale) {
        StoredCredential stored = credentials.visible(id, visitor == null ? null : visitor.id());
        CredentialCard card = CredentialCard.of(stored);
        boolean holder = visitor != null && visitor.id() == stored.personId();
        if (!holder && "GET".equals(request.getMethod())) {
            views.record(stored.id(), viewers.of(ViewerCookie.id(request, response)));
        }
        model.addAttribute("card", card);
        model.addAttribute("holder", holder);
        model.addAttribute("verification", ShownVerification.of(credentials.verification(stored), messages, locale));
        model.addAttribute("linkedIn", LinkedInLink.of(card));
        if (email != null && !email.isBlank()) {
            model.addAttribute("emailMatches", card.issuedTo(email));
        }
        return "credentials/credential";
    }

    @GetMapping("/credentials/{id}/credential.json")
    ResponseEntity<byte[]> json(@PathVariable String id, @AuthenticationPrincipal CampusUser visitor) {
        StoredCredential stored = credentials.visible(id, visitor == null ? null : visitor.id());
        return ResponseEntity.ok().contentType(VC)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("credential-" + stored.id() + ".json"))
                .body(stored.document().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/credentials/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable String id, @AuthenticationPrincipal CampusUser visitor) {
        CredentialCard card = CredentialCard.of(credentials.visible(id, visitor == null ? null : visitor.id()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("certificate-" + card.id() + ".pdf"))
                .body(certificates.render(card));
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }
}
