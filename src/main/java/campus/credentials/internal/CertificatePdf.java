package campus.credentials.internal;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printable certificate: one A4 page (landscape) in the credential's own language, with the
 * issuer (and the partner the activity was offered with), the kind, the achievement and its criteria, the date, the credential id and the address of
 * its public page, also as a QR code, so that whoever holds the paper can check it online. Text is set
 * in DejaVu Sans, embedded, so names and titles in any script it covers print as written.
 */
@Component
public class CertificatePdf {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 56;
    private static final float QR_SIZE = 110;

    private final MessageSource messages;
    private final byte[] regular;
    private final byte[] bold;

    CertificatePdf(MessageSource messages) {
        this.messages = messages;
        // read once: parsing each certificate's fonts from memory is cheap, from the class path is not
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    public byte[] render(CredentialCard card) {
        Locale locale = Locale.forLanguageTag(card.language());
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PAGE);
            pdf.addPage(page);
            pdf.getDocumentCatalog().setLanguage(card.language());
            pdf.getDocumentInformation().setTitle(card.name());
            pdf.getDocumentInformation().setAuthor(card.issuerName());
            PdfText text = new PdfText(PDType0Font.load(pdf, new ByteArrayInputStream(regular), true),
                    PDType0Font.load(pdf, new ByteArrayInputStream(bold), true), PAGE.getWidth() / 2);
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                frame(out);
                float width = PAGE.getWidth() - 2 * MARGIN - 20;
                float y = PAGE.getHeight() - MARGIN - 40;
                y = text.centred(out, card.issuerName(), true, 16, y, width) - 30;
                if (card.partnerName() != null) {
                    y = text.centred(out, messages.getMessage("credential.pdf.partner", new Object[] {card.partnerName()}, locale),
                            false, 13, y + 20, width) - 24;
                }
                y = text.centred(out, messages.getMessage("credential.kind." + card.kind().code(), null, locale), true, 30, y, width) - 24;
                y = text.centred(out, card.achievementName(), true, 22, y, width) - 16;
                y = text.centred(out, card.criteria(), false, 12, y, width - 120) - 18;
                String issued = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                        .format(card.validFrom().atZone(ZoneOffset.UTC));
                text.centred(out, messages.getMessage("credential.pdf.issued", new Object[] {issued}, locale), false, 13, y, width);
                float left = MARGIN + 10;
                float bottom = MARGIN + 10;
                float textWidth = PAGE.getWidth() - 2 * MARGIN - QR_SIZE - 40;
                text.left(out, card.url(), false, 9, left, bottom + 8, textWidth);
                text.left(out, messages.getMessage("credential.pdf.check", null, locale), false, 9, left, bottom + 22, textWidth);
                text.left(out, messages.getMessage("credential.pdf.id", new Object[] {card.id()}, locale), false, 9, left, bottom + 36, textWidth);
                qr(out, card.url(), PAGE.getWidth() - MARGIN - 10 - QR_SIZE, bottom);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void frame(PDPageContentStream out) throws IOException {
        out.setStrokingColor(0.12f, 0.25f, 0.45f);
        out.setLineWidth(3);
        out.addRect(MARGIN - 24, MARGIN - 24, PAGE.getWidth() - 2 * MARGIN + 48, PAGE.getHeight() - 2 * MARGIN + 48);
        out.stroke();
        out.setLineWidth(0.8f);
        out.addRect(MARGIN - 16, MARGIN - 16, PAGE.getWidth() - 2 * MARGIN + 32, PAGE.getHeight() - 2 * MARGIN + 32);
        out.stroke();
    }

    /** The QR code as filled rectangles (vector, sharp at any print size). */
    static void qr(PDPageContentStream out, String url, float x, float y) throws IOException {
        BitMatrix matrix = QrCode.of(url);
        float module = QR_SIZE / matrix.getWidth();
        out.setNonStrokingColor(0f, 0f, 0f);
        // one rectangle per run of dark modules in a row, slightly overlapping the next row: no hairline
        // seams between modules when a viewer or printer anti-aliases
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                float bottom = y + QR_SIZE - (row + 1) * module;
                out.addRect(x + start * module, bottom - (row + 1 < matrix.getHeight() ? 0.2f : 0), (column - start) * module,
                        module + (row + 1 < matrix.getHeight() ? 0.2f : 0));
            }
        }
        out.fill();
    }

    private static byte[] font(String path) {
        try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
