package campus.ledger;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * C2SP signed notes with Ed25519 signatures (c2sp.org/signed-note), the envelope of the log's
 * checkpoints: the text, a blank line, then one line per signature, "— keyname base64(keyID ‖ signature)",
 * where keyID = SHA-256(keyname ‖ 0x0A ‖ 0x01 ‖ public key)[:4].
 */
public final class SignedNote {

    private static final String DASH = "\u2014 ";
    private static final byte ED25519 = 0x01;

    private SignedNote() {
    }

    /** The note's signature-line key id of an Ed25519 key under this name. */
    public static byte[] keyId(String keyName, byte[] publicKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(keyName.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x0A);
            sha.update(ED25519);
            return Arrays.copyOf(sha.digest(publicKey), 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The verifier key string that note tools take ("name+keyid-hex+base64(0x01 ‖ key)"). */
    public static String verifierKey(String keyName, byte[] publicKey) {
        byte[] typed = new byte[33];
        typed[0] = ED25519;
        System.arraycopy(publicKey, 0, typed, 1, 32);
        return keyName + "+" + HexFormat.of().formatHex(keyId(keyName, publicKey)) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    /** Signs text (which must end in a newline) as keyName; signer returns the Ed25519 signature of its input. */
    public static String sign(String text, String keyName, byte[] publicKey, UnaryOperator<byte[]> signer) {
        if (!text.endsWith("\n") || keyName.isEmpty() || keyName.contains(" ") || keyName.contains("+")) {
            throw new IllegalArgumentException("a note text ends in a newline; a key name has no spaces or '+'");
        }
        byte[] signature = signer.apply(text.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes(keyId(keyName, publicKey));
        line.writeBytes(signature);
        return text + "\n" + DASH + keyName + " " + Base64.getEncoder().encodeToString(line.toByteArray()) + "\n";
    }

    /**
     * The note's text if it carries a valid signature by this key (name and key id match, Ed25519
     * signature verifies); empty if it has none or the signature is wrong.
     */
    public static Optional<String> verifiedText(String note, String keyName, byte[] publicKey) {
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || !note.endsWith("\n")) {
            return Optional.empty();
        }
        String text = note.substring(0, split + 1);
        byte[] wantedId = keyId(keyName, publicKey);
        for (String line : note.substring(split + 2).split("\n")) {
            if (!line.startsWith(DASH)) {
                return Optional.empty();
            }
            String[] parts = line.substring(DASH.length()).split(" ");
            if (parts.length != 2 || !parts[0].equals(keyName)) {
                continue;
            }
            byte[] signed;
            try {
                signed = Base64.getDecoder().decode(parts[1]);
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
            if (signed.length != 68 || !Arrays.equals(signed, 0, 4, wantedId, 0, 4)) {
                continue;
            }
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, new Ed25519PublicKeyParameters(publicKey));
            byte[] message = text.getBytes(StandardCharsets.UTF_8);
            verifier.update(message, 0, message.length);
            return verifier.verifySignature(Arrays.copyOfRange(signed, 4, 68)) ? Optional.of(text) : Optional.empty();
        }
        return Optional.empty();
    }
}
