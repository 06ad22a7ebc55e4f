package campus.partners.internal;

import java.util.Optional;

/** Recognises an uploaded image by its first bytes, not by the name or type the browser claims. */
final class ImageType {

    private ImageType() {
    }

    static Optional<String> of(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) return Optional.of("image/png");
        if (starts(b, 0xFF, 0xD8, 0xFF)) return Optional.of("image/jpeg");
        if (starts(b, 'G', 'I', 'F', '8')) return Optional.of("image/gif");
        if (b.length >= 12 && starts(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
