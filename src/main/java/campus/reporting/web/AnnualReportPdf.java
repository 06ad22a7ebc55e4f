package campus.reporting.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report "Outreach and results" as an A4 PDF: the year in brief (the generated sentences),
 * the key figures with their change, and each chart's figures as a table, in the reader's language,
 * with DejaVu Sans embedded so every name prints. Charts are given as their numbers: the PDF is for
 * reading and quoting, the HTML report draws them.
 */
@Component
public class AnnualReportPdf {

    private static final float MARGIN = 56;
    private static final float BODY = 10.5f;

    private final AnnualReportPage page;
    private final MessageSource messages;

    AnnualReportPdf(AnnualReportPage page, MessageSource messages) {
        this.page = page;
        this.messages = messages;
    }

    @SuppressWarnings("unchecked")
    public void write(int year, String partnerId, Locale locale, OutputStream out) throws IOException {
        Map<String, Object> model = page.model(year, partnerId, locale);
        try (PDDocument pdf = new PDDocument()) {
            Writer w = new Writer(pdf, font(pdf, "/fonts/DejaVuSans.ttf"), font(pdf, "/fonts/DejaVuSans-Bold.ttf"));
            w.line(text("annual.title", locale, year), true, 20, 10);
            w.line(text("annual.story", locale), true, 14, 4);
            for (String sentence : (List<String>) model.get("sentences")) {
                w.paragraph(sentence, BODY);
            }
            w.line(text("annual.figures", locale), true, 14, 4);
            for (Headline h : (List<Headline>) model.get("headlines")) {
                String change = h.changeText(locale) == null ? ""
                        : "  (" + messages.getMessage(h.changeKey(), new Object[] {h.changeText(locale)}, locale) + ")";
                w.paragraph(text(h.labelKey(), locale) + ": " + h.text(locale) + change, BODY);
            }
            w.line(text("annual.charts", locale), true, 14, 4);
            for (Chart chart : (List<Chart>) model.get("charts")) {
                w.line(text(chart.titleKey(), locale), true, 11.5f, 2);
                List<String> series = chart.seriesKeys().stream().map(k -> text(k, locale)).toList();
                for (Chart.Row row : chart.rows()) {
                    StringBuilder line = new StringBuilder(row.labelIsKey() ? text(row.label(), locale) : row.label()).append(": ");
                    for (int s = 0; s < row.values().size(); s++) {
                        Double v = row.values().get(s);
                        line.append(s == 0 ? "" : " · ").append(series.size() > 1 ? series.get(s) + " " : "")
                                .append(v == null ? "–" : chart.format(v));
                    }
                    w.paragraph(line.toString(), 9.5f);
                }
            }
            w.paragraph(text("annual.source", locale, model.get("today")), 8.5f);
            w.close();
            pdf.save(out);
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static PDType0Font font(PDDocument pdf, String resource) throws IOException {
        try (InputStream in = AnnualReportPdf.class.getResourceAsStream(resource)) {
            return PDType0Font.load(pdf, in);
        }
    }

    /** Lines top to bottom, a new A4 page when one is full, words wrapped at the margin. */
    private static final class Writer {

        private final PDDocument pdf;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument pdf, PDType0Font regular, PDType0Font bold) throws IOException {
            this.pdf = pdf;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        void paragraph(String text, float size) throws IOException {
            for (String line : wrap(text, regular, size)) {
                line(line, false, size, 0);
            }
            y -= size * 0.4f;
        }

        void line(String text, boolean heading, float size, float spaceAfter) throws IOException {
            float height = size * 1.35f;
            if (y - height < MARGIN) {
                newPage();
            }
            if (heading) {
                y -= size * 0.6f;
            }
            y -= height;
            stream.beginText();
            stream.setFont(heading ? bold : regular, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(printable(text, heading ? bold : regular));
            stream.endText();
            y -= spaceAfter;
        }

        private List<String> wrap(String text, PDType0Font font, float size) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && font.getStringWidth(printable(candidate, font)) / 1000 * size > width) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }

        /** Characters the font has no glyph for (CJK in DejaVu) print as a replacement, not an error. */
        private static String printable(String text, PDType0Font font) throws IOException {
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String one = new String(Character.toChars(cp));
                try {
                    font.encode(one);
                    out.append(one);
                } catch (IllegalArgumentException noGlyph) {
                    out.append('?');
                }
                i += Character.charCount(cp);
            }
            return out.toString();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
