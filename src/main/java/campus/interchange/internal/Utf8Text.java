package campus.interchange.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes as UTF-8 text without its byte-order mark, or the line of the first byte that is not
 * UTF-8: a file saved in a legacy encoding must be refused, not read with its accents garbled.
 */
record Utf8Text(String text, int badLine) {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    static Utf8Text decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            return new Utf8Text(null, LineIndex.of(out).lineAt(out.length()));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return new Utf8Text(!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text, 0);
    }

    boolean valid() {
        return text != null;
    }
}
