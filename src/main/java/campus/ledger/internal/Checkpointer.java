package campus.ledger.internal;

import campus.keys.KeyPurpose;
import campus.keys.KeysApi;
import campus.keys.SigningKey;
import campus.ledger.Checkpoint;
import campus.ledger.SignedNote;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs checkpoints. Signing takes the log head lock, the same one appends take, so a checkpoint
 * covers exactly the entries committed before it, checkpoints are made one at a time across
 * instances, and their sizes only grow. A scheduled run signs one whenever the tree grew; when several
 * instances run it, the later ones find nothing new under the lock and stop.
 */
@Component
class Checkpointer {

    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);

    private final LogStore store;
    private final CheckpointStore checkpoints;
    private final TreeReader tree;
    private final KeysApi keys;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final String configuredOrigin;
    private final java.util.concurrent.atomic.AtomicBoolean warned = new java.util.concurrent.atomic.AtomicBoolean();

    Checkpointer(LogStore store, CheckpointStore checkpoints, TreeReader tree, KeysApi keys, Clock clock,
                 PlatformTransactionManager transactions,
                 @Value("${campus.ledger.origin:}") String origin, @Value("${campus.base-url}") String baseUrl) {
        this.store = store;
        this.checkpoints = checkpoints;
        this.tree = tree;
        this.keys = keys;
        this.clock = clock;
        // joins the caller's transaction if there is one: that one may already hold the head lock
        this.transactions = new TransactionTemplate(transactions);
        this.configuredOrigin = LogOrigin.of(origin, baseUrl);
    }

    Checkpoint latest() {
        return checkpoints.latest().orElseGet(this::checkpointNow);
    }

    /** A checkpoint of the tree as it is now; the last one if the tree has not grown since. */
    Checkpoint checkpointNow() {
        return transactions.execute(tx -> {
            long size = store.lockHead();
            Optional<Checkpoint> last = checkpoints.latest();
            if (last.isPresent() && last.get().treeSize() == size) {
                return last.get();
            }
            String origin = fixOrigin();
            byte[] root = tree.root(size);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            if (last.isPresent() && now.isBefore(last.get().timestamp())) {
                now = last.get().timestamp(); // another instance's clock ran ahead: time never goes back in the log
            }
            SigningKey key = keys.current(KeyPurpose.LOG);
            String note = SignedNote.sign(Checkpoint.text(origin, size, root, now), origin, key.publicKey(), key::sign);
            Checkpoint checkpoint = new Checkpoint(origin, size, root, now, key.keyId(), note);
            checkpoints.insert(checkpoint);
            return checkpoint;
        });
    }

    @Scheduled(fixedDelayString = "${campus.ledger.checkpoint-interval:PT5S}",
            initialDelayString = "${campus.ledger.checkpoint-interval:PT5S}")
    void onSchedule() {
        try {
            long signed = checkpoints.latest().map(Checkpoint::treeSize).orElse(-1L);
            if (store.size() > signed) {
                checkpointNow();
            }
        } catch (RuntimeException e) {
            log.warn("No checkpoint this time: {}", e.toString());
        }
    }

    /** The log's origin: the one its first checkpoint fixed, else the configured one. */
    String origin() {
        return store.origin().orElse(configuredOrigin);
    }

    /** Fixes the origin at the first checkpoint; later configuration changes do not rename the log. */
    private String fixOrigin() {
        Optional<String> stored = store.origin();
        if (stored.isEmpty()) {
            store.setOrigin(configuredOrigin);
            return configuredOrigin;
        }
        if (!stored.get().equals(configuredOrigin) && !warned.getAndSet(true)) {
            log.warn("The log keeps its origin {} (configured now: {}); verifiers know it by that name.", stored.get(),
                    configuredOrigin);
        }
        return stored.get();
    }
}
