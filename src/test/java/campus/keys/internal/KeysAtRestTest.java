package campus.keys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import campus.CampusTest;
import campus.keys.KeyPurpose;
import campus.keys.KeysApi;
import campus.keys.Multikey;
import campus.keys.PublicKeyRecord;
import campus.keys.SigningKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The signing keys: generated at start, stored sealed (never the raw private key), opened only by
 * the key-encryption key they were sealed under — a wrong one stops the start with a message naming
 * CAMPUS_KEYS_SECRET — and rotated without losing the keys earlier signatures need.
 */
@CampusTest
class KeysAtRestTest {

    static final String TEST_SECRET = System.getProperty("campus.keys.secret");

    @Autowired KeysApi api;
    @Autowired SigningKeys stored;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;
    @TempDir Path folder;

    @Test
    void eachPurposeHasAKeyFromTheFirstStart() {
        for (KeyPurpose purpose : KeyPurpose.values()) {
            assertThat(stored.currentId(purpose)).isPresent();
            assertThat(api.all(purpose)).extracting(PublicKeyRecord::current).contains(true);
        }
    }

    @Test
    void privateKeysAreStoredSealedNeverRaw() {
        KeyEncryption testKey = KeyEncryptionKeys.resolve(TEST_SECRET, folder.resolve("unused"), true);
        for (StoredKey key : stored.all()) {
            byte[] seed = testKey.open(key.id(), key.privateKeyEncrypted());
            assertThat(seed).hasSize(32);
            assertThat(new Ed25519Key(key.id(), key.purpose(), seed).publicKey()).isEqualTo(key.publicKey());
            String sealedHex = HexFormat.of().formatHex(key.privateKeyEncrypted());
            assertThat(sealedHex).doesNotContain(HexFormat.of().formatHex(seed))
                    .doesNotContain(HexFormat.of().formatHex(seed, 0, 8));
            assertThat(key.privateKeyEncrypted()).hasSize(1 + 12 + 32 + 16);
        }
    }

    @Test
    void aWrongSecretStopsTheStartWithAMessageNamingTheVariable() {
        String wrong = Base64.getEncoder().encodeToString("an entirely different secret!!!!".getBytes(StandardCharsets.US_ASCII));
        KeyRing starting = new KeyRing(stored, transactions, clock, wrong, folder.resolve("unused").toString(), Duration.ofSeconds(10));
        assertThatThrownBy(starting::open).isInstanceOf(KeysUnavailable.class)
                .hasMessageContaining("CAMPUS_KEYS_SECRET").hasMessageContaining("cannot be decrypted");
    }

    @Test
    void noSecretAndNoKeyFileOverStoredKeysStopsTheStart() {
        KeyRing starting = new KeyRing(stored, transactions, clock, "", folder.resolve("keys.secret").toString(), Duration.ofSeconds(10));
        assertThatThrownBy(starting::open).isInstanceOf(KeysUnavailable.class).hasMessageContaining("CAMPUS_KEYS_SECRET");
        assertThat(folder.resolve("keys.secret")).doesNotExist();
    }

    @Test
    void signaturesVerifyWithTheJdksOwnEd25519() throws Exception {
        SigningKey key = api.current(KeyPurpose.ISSUER);
        byte[] message = "a credential's canonical form".getBytes(StandardCharsets.UTF_8);
        byte[] signature = key.sign(message);
        assertThat(signature).hasSize(64);
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                HexFormat.of().parseHex("302a300506032b6570032100" + HexFormat.of().formatHex(key.publicKey())))));
        jdk.update(message);
        assertThat(jdk.verify(signature)).isTrue();
        assertThat(api.verify(key.keyId(), message, signature)).isTrue();
        signature[10] ^= 1;
        assertThat(api.verify(key.keyId(), message, signature)).isFalse();
        assertThat(api.verify("issuer-unknown", message, key.sign(message))).isFalse();
        assertThat(Multikey.decode(key.publicKeyMultibase())).isEqualTo(key.publicKey());
        assertThat(key.publicKeyMultibase()).startsWith("z6Mk");
    }

    @Test
    void rotationKeepsEarlierSignaturesVerifiable() {
        SigningKey before = api.current(KeyPurpose.ISSUER);
        byte[] message = {1, 2, 3};
        byte[] signature = before.sign(message);
        PublicKeyRecord next = api.rotate(KeyPurpose.ISSUER);
        assertThat(next.keyId()).isNotEqualTo(before.keyId());
        assertThat(api.current(KeyPurpose.ISSUER).keyId()).isEqualTo(next.keyId());
        PublicKeyRecord old = api.find(before.keyId()).orElseThrow();
        assertThat(old.retiredAt()).isNotNull();
        assertThat(old.verifies(message, signature)).isTrue();
        assertThat(api.verify(before.keyId(), message, signature)).isTrue();
        assertThat(api.all(KeyPurpose.ISSUER)).extracting(PublicKeyRecord::keyId).contains(before.keyId(), next.keyId());
        assertThat(api.all(KeyPurpose.ISSUER)).filteredOn(PublicKeyRecord::current).extracting(PublicKeyRecord::keyId)
                .containsExactly(next.keyId());
    }

    @Test
    void rotationsAtTheSameMomentLeaveOneCurrentKey() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<PublicKeyRecord>> rotations = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                rotations.add(pool.submit(() -> {
                    start.await();
                    return api.rotate(KeyPurpose.LOG);
                }));
            }
            start.countDown();
            for (Future<PublicKeyRecord> rotation : rotations) {
                rotation.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<PublicKeyRecord> current = api.all(KeyPurpose.LOG).stream().filter(PublicKeyRecord::current).toList();
        assertThat(current).hasSize(1);
        assertThat(stored.currentId(KeyPurpose.LOG)).contains(current.get(0).keyId());
    }
}
