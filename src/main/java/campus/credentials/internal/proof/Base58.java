package campus.credentials.internal.proof;

import java.math.BigInteger;
import java.util.Arrays;

/** Base58 with the Bitcoin alphabet, as multibase 'z' values (proofValue, publicKeyMultibase) use it. */
public final class Base58 {

    private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
    private static final int[] INDEX = new int[128];

    static {
        Arrays.fill(INDEX, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            INDEX[ALPHABET[i]] = i;
        }
    }

    private Base58() {
    }

    public static String encode(byte[] bytes) {
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        // the usual in-place base conversion: fast enough for 64-byte signatures, no BigInteger garbage
        byte[] input = Arrays.copyOf(bytes, bytes.length);
        char[] encoded = new char[bytes.length * 2];
        int out = encoded.length;
        int start = zeros;
        while (start < input.length) {
            int remainder = 0;
            for (int i = start; i < input.length; i++) {
                int digit = (input[i] & 0xff) + remainder * 256;
                input[i] = (byte) (digit / 58);
                remainder = digit % 58;
            }
            encoded[--out] = ALPHABET[remainder];
            if (input[start] == 0) {
                start++;
            }
        }
        while (out < encoded.length && encoded[out] == ALPHABET[0]) {
            out++;
        }
        while (--zeros >= 0) {
            encoded[--out] = ALPHABET[0];
        }
        return new String(encoded, out, encoded.length - out);
    }

    /** Decodes, or throws IllegalArgumentException naming the first character outside the alphabet. */
    public static byte[] decode(String text) {
        BigInteger value = BigInteger.ZERO;
        BigInteger base = BigInteger.valueOf(58);
        int zeros = 0;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = c < 128 ? INDEX[c] : -1;
            if (digit < 0) {
                throw new IllegalArgumentException("not base58: character " + (i + 1));
            }
            if (leading && digit == 0) {
                zeros++;
            } else {
                leading = false;
            }
            value = value.multiply(base).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int skip = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
        byte[] result = new byte[zeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, result, zeros, magnitude.length - skip);
        return result;
    }
}
