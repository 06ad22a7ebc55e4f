package campus.interchange.internal;

import java.util.Arrays;

/**
 * Physical line numbers of a text, from character positions. The CSV parser's own line count is the line a
 * record ends on, so a row whose quoted value spans lines would be told on its last line; the parser does
 * tell the character position a record starts at, and counting the line breaks before it gives the line a
 * person finds the row on. CRLF, LF and a lone CR each end one line, as they do for the parser.
 */
final class LineIndex {

    private final int[] lineStarts;

    private LineIndex(int[] lineStarts) {
        this.lineStarts = lineStarts;
    }

    static LineIndex of(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                i++;
            } else if (c != '\r' && c != '\n') {
                continue;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return new LineIndex(Arrays.copyOf(starts, count));
    }

    /** The line, counted from 1, that the character at this position is on. */
    int lineAt(long position) {
        int found = Arrays.binarySearch(lineStarts, (int) Math.min(position, Integer.MAX_VALUE));
        return found >= 0 ? found + 1 : -found - 1;
    }
}
