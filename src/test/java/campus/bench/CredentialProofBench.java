package campus.bench;

import campus.credentials.internal.AwardText;
import campus.credentials.internal.CredentialDocument;
import campus.credentials.internal.CredentialKind;
import campus.credentials.internal.IdentityHash;
import campus.credentials.internal.IssuerProfile;
import campus.credentials.internal.StatusEntry;
import campus.credentials.internal.proof.EddsaRdfc2022;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Signs and verifies N credentials in memory (no database, no log): the cryptosuite's own cost,
 * on one thread and on all cores. Run by bench/credentials.sh; not a test.
 */
public final class CredentialProofBench {

    private CredentialProofBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(new SecureRandom());
        Ed25519PublicKeyParameters pub = key.generatePublicKey();
        IssuerProfile issuer = IssuerProfile.of("https://campus.example", "Campus Training Centre");
        List<JsonObject> unsigned = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            unsigned.add(CredentialDocument.unsigned(new CredentialDocument.Claims("https://campus.example/credentials/" + i,
                    issuer, "https://campus.example/credentials/achievements/7-achievement", CredentialKind.ACHIEVEMENT,
                    new AwardText("en", "Certificate of achievement: Labour standards", "Labour standards",
                            "A self-guided course.", "Completed Labour standards and passed its final assessment."),
                    IdentityHash.of("learner" + i + "@example.org", "salt" + i), Instant.parse("2026-11-30T10:00:00Z"), null,
                    new StatusEntry("https://campus.example/credentials/status/0", i), null)));
        }
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            List<JsonObject> signed = unsigned.stream().map(u -> sign(u, issuer, key)).toList();
            long t1 = System.nanoTime();
            long ok = signed.stream().filter(s -> verify(s, pub)).count();
            long t2 = System.nanoTime();
            List<JsonObject> parallel = IntStream.range(0, n).parallel().mapToObj(i -> sign(unsigned.get(i), issuer, key)).toList();
            long t3 = System.nanoTime();
            long okParallel = parallel.parallelStream().filter(s -> verify(s, pub)).count();
            long t4 = System.nanoTime();
            System.out.printf("round %d, %,d credentials: sign 1 thread %,.0f/s; verify 1 thread %,.0f/s (%d ok); "
                            + "sign %d threads %,.0f/s; verify %d threads %,.0f/s (%d ok)%n", round, n,
                    n / ((t1 - t0) / 1e9), n / ((t2 - t1) / 1e9), ok, Runtime.getRuntime().availableProcessors(),
                    n / ((t3 - t2) / 1e9), Runtime.getRuntime().availableProcessors(), n / ((t4 - t3) / 1e9), okParallel);
        }
    }

    private static JsonObject sign(JsonObject unsigned, IssuerProfile issuer, Ed25519PrivateKeyParameters key) {
        return EddsaRdfc2022.sign(unsigned, issuer.methodId("k1"), Instant.parse("2026-11-30T10:00:01Z"), message -> {
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(true, key);
            signer.update(message, 0, message.length);
            return signer.generateSignature();
        });
    }

    private static boolean verify(JsonObject signed, Ed25519PublicKeyParameters pub) {
        EddsaRdfc2022.Signed parts = EddsaRdfc2022.open(signed);
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, pub);
        verifier.update(parts.hashData(), 0, parts.hashData().length);
        return verifier.verifySignature(parts.signature());
    }
}
