package campus.credentials.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Sets lines of text on a PDF page: wraps at word boundaries (a word wider than the line is cut),
 * and replaces characters the embedded font has no glyph for with U+FFFD rather than failing the
 * whole certificate. PDFBox does no bidirectional layout or shaping: right-to-left and complex
 * scripts print their characters in logical order.
 */
final class PdfText {

    private static final String MISSING = "\uFFFD";

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final float centre;

    PdfText(PDType0Font regular, PDType0Font bold, float centre) {
        this.regular = regular;
        this.bold = bold;
        this.centre = centre;
    }

    /** Writes the text centred in lines no wider than width, from the baseline y down; returns the next baseline. */
    float centred(PDPageContentStream out, String text, boolean strong, float size, float y, float width) throws IOException {
        PDType0Font font = strong ? bold : regular;
        for (String line : lines(font, printable(font, text), size, width)) {
            float lineWidth = width(font, line, size);
            write(out, font, size, centre - lineWidth / 2, y, line);
            y -= size * 1.3f;
        }
        return y;
    }

    /** Writes one line from x (cut to width if it must be). */
    void left(PDPageContentStream out, String text, boolean strong, float size, float x, float y, float width) throws IOException {
        PDType0Font font = strong ? bold : regular;
        List<String> lines = lines(font, printable(font, text), size, width);
        write(out, font, size, x, y, lines.isEmpty() ? "" : lines.get(0));
    }

    private static void write(PDPageContentStream out, PDType0Font font, float size, float x, float y, String line)
            throws IOException {
        out.beginText();
        out.setNonStrokingColor(0.1f, 0.1f, 0.1f);
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(line);
        out.endText();
    }

    static List<String> lines(PDType0Font font, String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(font, word, size) > width) {
                    int cut = fitting(font, word, size, width);
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    private static int fitting(PDType0Font font, String word, float size, float width) throws IOException {
        int cut = word.offsetByCodePoints(0, 1);
        while (cut < word.length()) {
            int next = word.offsetByCodePoints(cut, 1);
            if (width(font, word.substring(0, next), size) > width) {
                break;
            }
            cut = next;
        }
        return cut;
    }

    static float width(PDType0Font font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with control characters as spaces and characters the font lacks as U+FFFD. */
    static String printable(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(' ');
            } else {
                String character = new String(Character.toChars(cp));
                out.append(hasGlyph(font, character) ? character : MISSING);
            }
        });
        return out.toString();
    }

    private static boolean hasGlyph(PDType0Font font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException noGlyph) {
            return false;
        }
    }
}
