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
 * the key figures with their change, and each chart drawn as horizontal bars (the same bars as the
 * dashboard's SVG, from {@link Chart#bars}) followed by its figures, for reading and quoting, in the
 * reader's language, with DejaVu Sans embedded so every name prints.
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
                w.chart(chart, series, row -> row.labelIsKey() ? text(row.label(), locale) : row.label());
                // unstacked bars carry their values; a stacked bar shows only its total, so its parts are listed
                for (Chart.Row row : chart.stacked() ? chart.rows() : List.<Chart.Row>of()) {
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

        /** Colour-blind-safe series colours (Okabe and Ito), the same order as the dashboard's. */
        private static final java.awt.Color[] SERIES = {new java.awt.Color(0x0072B2), new java.awt.Color(0xE69F00),
                new java.awt.Color(0x009E73), new java.awt.Color(0xCC79A7), new java.awt.Color(0x56B4E9),
                new java.awt.Color(0xD55E00), new java.awt.Color(0x999999)};
        private static final float LABEL_WIDTH = 150;
        private static final float VALUE_ROOM = 42;

        /** The chart as bars: a legend when it has several series, then per row its label and bars. */
        void chart(Chart chart, List<String> series, java.util.function.Function<Chart.Row, String> label) throws IOException {
            float area = PDRectangle.A4.getWidth() - 2 * MARGIN - LABEL_WIDTH - VALUE_ROOM;
            if (series.size() > 1) {
                float x = MARGIN;
                need(14);
                y -= 12;
                for (int s = 0; s < series.size(); s++) {
                    box(x, y, 8, 8, SERIES[s % SERIES.length]);
                    text(series.get(s), x + 11, y + 0.5f, 8, regular);
                    x += 11 + regular.getStringWidth(printable(series.get(s), regular)) / 1000 * 8 + 12;
                    if (x > PDRectangle.A4.getWidth() - MARGIN - 80 && s < series.size() - 1) {
                        x = MARGIN;
                        y -= 11;
                    }
                }
                y -= 4;
            }
            for (Chart.Row row : chart.rows()) {
                List<Chart.Bar> bars = chart.bars(row);
                float barHeight = chart.stacked() ? 9 : 6;
                float rowHeight = chart.stacked() ? 12 : bars.size() * (barHeight + 1.5f) + 3;
                need(rowHeight);
                float top = y;
                text(fitted(label.apply(row), 8, LABEL_WIDTH - 6), MARGIN, top - 8.5f, 8, regular);
                float left = MARGIN + LABEL_WIDTH;
                for (int i = 0; i < bars.size(); i++) {
                    Chart.Bar bar = bars.get(i);
                    float barTop = chart.stacked() ? top - 1.5f : top - 1.5f - i * (barHeight + 1.5f);
                    float x = left + (float) bar.x() / 100 * area;
                    float width = (float) bar.width() / 100 * area;
                    if (width > 0) {
                        box(x, barTop - barHeight, width, barHeight, SERIES[bar.series() % SERIES.length]);
                    }
                    if (!chart.stacked()) {
                        text(bar.text(), x + width + 3, barTop - barHeight + 0.5f, 6.5f, regular);
                    }
                }
                if (chart.stacked()) {
                    double sum = 0; // the whole bar's length: its parts with data
                    for (Double part : row.values()) {
                        sum += part == null ? 0 : part;
                    }
                    Chart.Bar last = bars.get(bars.size() - 1);
                    text(chart.format(sum), left + (float) (last.x() + last.width()) / 100 * area + 3, top - 9, 6.5f, regular);
                }
                y -= rowHeight;
            }
            y -= 4;
        }

        private void need(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        private void box(float x, float bottom, float width, float height, java.awt.Color colour) throws IOException {
            stream.setNonStrokingColor(colour);
            stream.addRect(x, bottom, width, height);
            stream.fill();
            stream.setNonStrokingColor(java.awt.Color.BLACK);
        }

        private void text(String text, float x, float baseline, float size, PDType0Font font) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(printable(text, font));
            stream.endText();
        }

        /** The label shortened with "…" when it would run into the bars. */
        private String fitted(String label, float size, float width) throws IOException {
            String shown = label;
            while (shown.length() > 1 && regular.getStringWidth(printable(shown, regular)) / 1000 * size > width) {
                shown = shown.substring(0, shown.length() - 2) + "…";
            }
            return shown;
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
