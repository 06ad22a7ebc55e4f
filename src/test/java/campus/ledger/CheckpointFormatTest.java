package campus.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.Test;

/**
 * The checkpoint example of docs/transparency-log.md is what the log writes (Ed25519 signatures are
 * deterministic) and what an independent verifier accepts, so the page stays true.
 */
class CheckpointFormatTest {

    static final String DOCUMENTED = """
            campus.example/log
            8
            XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=
            Timestamp: 2026-01-05T08:00:00.000Z

            \u2014 campus.example/log l/jfn5RCdF3cjhgjOx/XM9A68L4KAxoX68e3FhIEe9ZZzHlJ5ttrVxdxrQrT/O7YisuzT36y8jiXcmUdZkZrMMfvsgI=
            """;

    @Test
    void theDocumentedCheckpointIsWhatTheLogSignsAndVerifiesIndependently() throws Exception {
        byte[] seed = MessageDigest.getInstance("SHA-256").digest("campus example log key".getBytes());
        Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(seed, 0);
        byte[] publicKey = key.generatePublicKey().getEncoded();
        assertThat(Base64.getEncoder().encodeToString(publicKey)).isEqualTo("Its4GN0Mf5LmZidpbCv6T6SLePB9xxuUur624XG6EeU=");

        String text = Checkpoint.text("campus.example/log", 8, MerkleVectorsTest.root(8), Instant.parse("2026-01-05T08:00:00Z"));
        String note = SignedNote.sign(text, "campus.example/log", publicKey, message -> {
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(true, key);
            signer.update(message, 0, message.length);
            return signer.generateSignature();
        });
        assertThat(note).isEqualTo(DOCUMENTED);
        assertThat(SignedNote.verifierKey("campus.example/log", publicKey))
                .isEqualTo("campus.example/log+97f8df9f+ASLbOBjdDH+S5mYnaWwr+k+ki3jwfccblLq+tuFxuhHl");
        String[] body = LogAuditor.verifiedCheckpoint(DOCUMENTED, "campus.example/log", publicKey);
        assertThat(body).containsExactly("campus.example/log", "8", "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=",
                "Timestamp: 2026-01-05T08:00:00.000Z");
        Checkpoint checkpoint = new Checkpoint("campus.example/log", 8, MerkleVectorsTest.root(8),
                Instant.parse("2026-01-05T08:00:00Z"), "log-example", DOCUMENTED);
        assertThat(checkpoint.verify(publicKey)).isTrue();
    }

    @Test
    void aNoteSignedByAnotherKeyOrUnderAnotherNameIsNotVerified() {
        byte[] other = new Ed25519PrivateKeyParameters(new byte[32], 0).generatePublicKey().getEncoded();
        byte[] documentedKey = Base64.getDecoder().decode("Its4GN0Mf5LmZidpbCv6T6SLePB9xxuUur624XG6EeU=");
        assertThat(SignedNote.verifiedText(DOCUMENTED, "campus.example/log", other)).isEmpty();
        assertThat(SignedNote.verifiedText(DOCUMENTED, "campus.example/other", documentedKey)).isEmpty();
        assertThat(SignedNote.verifiedText(DOCUMENTED, "campus.example/log", documentedKey)).isPresent();
        assertThat(SignedNote.verifiedText(DOCUMENTED.replace("\n\n", "\n"), "campus.example/log", documentedKey)).isEmpty();
    }
}
