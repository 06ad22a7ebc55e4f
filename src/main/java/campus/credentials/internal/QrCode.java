package campus.credentials.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.EnumMap;
import java.util.Map;

/**
 * The QR code of a certificate's address. The mask ZXing picks by the standard's penalty rules
 * sometimes yields a code that ZXing's own reader (inside many phone apps) fails to find — a few in a
 * hundred addresses here — so each code is read back before it is printed, and another mask pattern
 * is used until one reads. No character set hint: the address is ASCII, and an ECI header trips up
 * some readers.
 */
final class QrCode {

    private static final int PIXELS_PER_MODULE = 4;
    private static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /** The code's modules (no quiet zone), one that reads back as the address. */
    static BitMatrix of(String address) {
        BitMatrix chosen = encode(address, null);
        for (int mask = 0; mask < 8 && !readsAs(chosen, address); mask++) {
            chosen = encode(address, mask);
        }
        return readsAs(chosen, address) ? chosen : encode(address, null);
    }

    private static BitMatrix encode(String address, Integer mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.MARGIN, 0);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalStateException("cannot encode " + address + " as a QR code", e);
        }
    }

    private static boolean readsAs(BitMatrix matrix, String address) {
        int side = (matrix.getWidth() + 2 * QUIET_ZONE) * PIXELS_PER_MODULE;
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int column = x / PIXELS_PER_MODULE - QUIET_ZONE;
                int row = y / PIXELS_PER_MODULE - QUIET_ZONE;
                boolean dark = column >= 0 && row >= 0 && column < matrix.getWidth() && row < matrix.getHeight()
                        && matrix.get(column, row);
                pixels[y * side + x] = dark ? 0xff000000 : 0xffffffff;
            }
        }
        try {
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
            return address.equals(new QRCodeReader().decode(bitmap).getText());
        } catch (ReaderException unreadable) {
            return false;
        }
    }
}
