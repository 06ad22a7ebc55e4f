package campus.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import campus.CampusTest;
import campus.credentials.internal.CertificatePdf;
import campus.credentials.internal.CredentialCard;
import campus.credentials.internal.CredentialKind;
import campus.credentials.internal.CredentialStatus;
import campus.credentials.internal.IdentityHash;
import campus.credentials.internal.StoredCredential;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The printable certificate is one A4 page whose text says what the credential says and whose QR code leads to its page. */
@CampusTest
class CertificatePdfTest {

    @Autowired MockMvc mvc;
    @Autowired CredentialFixtures credentials;
    @Autowired CertificatePdf certificates;

    @Test
    void theCertificateShowsTheCredentialAndItsQrCodeLeadsToThePage() throws Exception {
        StoredCredential credential = credentials.issued();
        MockHttpServletResponse response = mvc.perform(get("/credentials/" + credential.id() + "/certificate.pdf"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;");
        CredentialCard card = CredentialCard.of(credential);
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle size = pdf.getPage(0).getMediaBox();
            // A4 landscape: 297 × 210 mm
            assertThat(Math.round(size.getWidth() / 72 * 25.4)).isEqualTo(297);
            assertThat(Math.round(size.getHeight() / 72 * 25.4)).isEqualTo(210);
            String text = words(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("Campus Training Centre", "Certificate of achievement", card.achievementName(),
                    words(card.criteria()), "Issued on " + formatted(card.validFrom(), "en"), "Credential " + credential.id(),
                    "http://localhost:8080/credentials/" + credential.id());
            assertThat(QrCodes.read(pdf)).isEqualTo("http://localhost:8080/credentials/" + credential.id());
        }
    }

    @Test
    void itIsWrittenInTheCredentialsLanguageAndPrintsAnyScriptTheFontHas() throws Exception {
        CredentialCard card = new CredentialCard("6d3f1c2e-0000-4000-8000-000000000001",
                "https://campus.example/credentials/6d3f1c2e-0000-4000-8000-000000000001", CredentialKind.PARTICIPATION, "fr",
                "Certificat de participation : Négociation collective", "Négociation collective — Κοινωνικός διάλογος, Социальный диалог",
                "", "A participé à « Négociation collective » et satisfait à l’exigence d’assiduité.\nزيارة ميدانية",
                "Centre international de formation", "https://campus.example/credentials/issuer",
                "Confédération syndicale", Instant.parse("2026-03-05T10:00:00Z"), null, null, 3, CredentialStatus.VALID, null, null, true, 1, 1,
                IdentityHash.of("a@b.example", "salt"));
        try (PDDocument pdf = Loader.loadPDF(certificates.render(card))) {
            String text = words(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("Centre international de formation", "Certificat de participation",
                    "Négociation collective — Κοινωνικός διάλογος, Социальный диалог", "Délivré le 5 mars 2026",
                    "Proposé avec Confédération syndicale",
                    "Certificat 6d3f1c2e-0000-4000-8000-000000000001");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(QrCodes.read(pdf)).isEqualTo(card.url());
        }
        // a script DejaVu Sans lacks (CJK) prints as replacement characters instead of failing the certificate
        CredentialCard chinese = new CredentialCard(card.id(), card.url(), card.kind(), "en", card.name(), "社会对话 Social dialogue",
                "", "Criteria", card.issuerName(), card.issuerId(), null, card.validFrom(), null, null, 3, CredentialStatus.VALID,
                null, null, true, 1, 1, card.holder());
        try (PDDocument pdf = Loader.loadPDF(certificates.render(chinese))) {
            assertThat(words(new PDFTextStripper().getText(pdf))).contains("Social dialogue");
        }
    }

    private static String formatted(Instant at, String language) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(java.util.Locale.forLanguageTag(language)).format(at.atZone(java.time.ZoneOffset.UTC));
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
