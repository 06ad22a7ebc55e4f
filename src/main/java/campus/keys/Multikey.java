package campus.keys;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The Multikey encoding of Ed25519 public keys (W3C Controlled Identifiers, used in controller
 * documents and did:key): 'z' (multibase base58btc) + base58btc(0xed 0x01 (multicodec ed25519-pub) + key).
 */
public final class Multikey {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);
    private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};

    private Multikey() {
    }

    /** The publicKeyMultibase of a raw 32-byte Ed25519 public key. */
    public static String encode(byte[] publicKey) {
        if (publicKey.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + publicKey.length);
        }
        byte[] prefixed = new byte[34];
        System.arraycopy(ED25519_PUB, 0, prefixed, 0, 2);
        System.arraycopy(publicKey, 0, prefixed, 2, 32);
        return "z" + base58(prefixed);
    }

    /** The raw 32-byte key of an Ed25519 publicKeyMultibase; IllegalArgumentException for anything else. */
    public static byte[] decode(String multibase) {
        if (multibase == null || !multibase.startsWith("z")) {
            throw new IllegalArgumentException("not a base58btc multibase value");
        }
        byte[] bytes = unbase58(multibase.substring(1));
        if (bytes.length != 34 || bytes[0] != ED25519_PUB[0] || bytes[1] != ED25519_PUB[1]) {
            throw new IllegalArgumentException("not an Ed25519 Multikey");
        }
        return Arrays.copyOfRange(bytes, 2, 34);
    }

    static String base58(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        BigInteger n = new BigInteger(1, bytes);
        while (n.signum() > 0) {
            BigInteger[] qr = n.divideAndRemainder(BASE);
            out.append(ALPHABET.charAt(qr[1].intValue()));
            n = qr[0];
        }
        // each leading zero byte is written as a leading '1'
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }

    static byte[] unbase58(String text) {
        BigInteger n = BigInteger.ZERO;
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("not base58btc: '" + text.charAt(i) + "'");
            }
            n = n.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = n.signum() == 0 ? new byte[0] : n.toByteArray();
        int skip = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0; // BigInteger's sign byte
        byte[] out = new byte[zeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, out, zeros, magnitude.length - skip);
        return out;
    }
}
