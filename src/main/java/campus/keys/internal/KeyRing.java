package campus.keys.internal;

import campus.keys.KeyPurpose;
import campus.keys.KeysApi;
import campus.keys.PublicKeyRecord;
import campus.keys.SigningKey;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform's signing keys. At start (before the web server opens) it finds the key-encryption
 * key, opens every stored key — so a wrong CAMPUS_KEYS_SECRET stops the start with a message instead
 * of signing with surprises later — and generates the first key of each purpose. Unlocked keys are
 * kept in memory; the current key of a purpose is re-read from the database every campus.keys.refresh,
 * which is how a rotation on another instance reaches this one.
 */
@Service
class KeyRing implements KeysApi, SmartInitializingSingleton {

    private final SigningKeys keys;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String secret;
    private final Path file;
    private final long refreshNanos;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Ed25519Key> unlocked = new ConcurrentHashMap<>();
    private final Map<KeyPurpose, Current> current = new ConcurrentHashMap<>();
    private final Map<String, Ed25519PublicKeyParameters> verifiers = new ConcurrentHashMap<>();
    private volatile KeyEncryption encryption;

    private record Current(Ed25519Key key, long checkedAt) {
    }

    KeyRing(SigningKeys keys, PlatformTransactionManager transactions, Clock clock,
            @Value("${campus.keys.secret:}") String secret,
            @Value("${campus.keys.file:./data/keys.secret}") String file,
            @Value("${campus.keys.refresh:PT10S}") Duration refresh) {
        this.keys = keys;
        // key decisions commit on their own: a caller's rollback must not undo a key others already use
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.secret = secret;
        this.file = Path.of(file);
        this.refreshNanos = refresh.toNanos();
    }

    @Override
    public void afterSingletonsInstantiated() {
        open();
    }

    /** Checks the key-encryption key against every stored key and makes sure each purpose has one. */
    void open() {
        encryption = KeyEncryptionKeys.resolve(secret, file, keys.any());
        for (StoredKey key : keys.all()) {
            unlock(key);
        }
        for (KeyPurpose purpose : KeyPurpose.values()) {
            current(purpose);
        }
    }

    @Override
    public SigningKey current(KeyPurpose purpose) {
        Current known = current.get(purpose);
        long now = System.nanoTime();
        if (known != null && now - known.checkedAt() < refreshNanos) {
            return known.key();
        }
        String id = keys.currentId(purpose).orElseGet(() -> firstKey(purpose));
        Ed25519Key key = unlocked.get(id);
        if (key == null) {
            key = unlock(keys.find(id).orElseThrow());
        }
        current.put(purpose, new Current(key, now));
        return key;
    }

    @Override
    public Optional<PublicKeyRecord> find(String keyId) {
        return keys.find(keyId).map(StoredKey::publicRecord);
    }

    @Override
    public List<PublicKeyRecord> all(KeyPurpose purpose) {
        return keys.ofPurpose(purpose).stream().map(StoredKey::publicRecord).toList();
    }

    @Override
    public PublicKeyRecord rotate(KeyPurpose purpose) {
        StoredKey created = ownTransaction.execute(tx -> {
            keys.lockPurpose(purpose);
            return create(purpose);
        });
        current.put(purpose, new Current(unlocked.get(created.id()), System.nanoTime()));
        return keys.find(created.id()).orElseThrow().publicRecord();
    }

    @Override
    public boolean verify(String keyId, byte[] message, byte[] signature) {
        if (keyId == null || message == null || signature == null || signature.length != 64) {
            return false;
        }
        Ed25519PublicKeyParameters key = verifiers.get(keyId);
        if (key == null) {
            Optional<StoredKey> stored = keys.find(keyId);
            if (stored.isEmpty()) {
                return false;
            }
            key = new Ed25519PublicKeyParameters(stored.get().publicKey());
            verifiers.put(keyId, key);
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, key);
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    /** The first key of the purpose, unless another instance made it while this one waited for the lock. */
    private String firstKey(KeyPurpose purpose) {
        return ownTransaction.execute(tx -> keys.lockPurpose(purpose).orElseGet(() -> create(purpose).id()));
    }

    private StoredKey create(KeyPurpose purpose) {
        Ed25519Key key = Ed25519Key.generate(purpose, random);
        OffsetDateTime now = OffsetDateTime.now(clock);
        StoredKey stored = new StoredKey(key.keyId(), purpose, key.publicKey(), encryption().seal(key.keyId(), key.seed()),
                now, null);
        keys.insert(stored);
        keys.makeCurrent(purpose, key.keyId(), now);
        unlocked.put(key.keyId(), key);
        return stored;
    }

    private Ed25519Key unlock(StoredKey stored) {
        Ed25519Key key = new Ed25519Key(stored.id(), stored.purpose(), encryption().open(stored.id(), stored.privateKeyEncrypted()));
        if (!Arrays.equals(key.publicKey(), stored.publicKey())) {
            throw new KeysUnavailable("Signing key " + stored.id() + " does not match its stored public key.");
        }
        unlocked.put(stored.id(), key);
        return key;
    }

    private KeyEncryption encryption() {
        KeyEncryption known = encryption;
        if (known == null) {
            throw new KeysUnavailable("The signing keys are not open yet.");
        }
        return known;
    }
}
