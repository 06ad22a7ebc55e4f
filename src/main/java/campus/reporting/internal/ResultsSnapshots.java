package campus.reporting.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The packed results index kept in the database (results_snapshot, one row), so that a new process reads one
 * row instead of rebuilding the index from millions. A snapshot is used only for the read-model version it was
 * packed from and only by the same packing code: the key includes a digest of the classes that decide what
 * the index holds, so a release that changes them rebuilds instead of trusting an old snapshot.
 */
@Repository
class ResultsSnapshots {

    static final String CODE = digest(ResultsIndex.class, Facts.class, IncomeGroups.class, YearIndicators.class);

    private static final Logger log = LoggerFactory.getLogger(ResultsSnapshots.class);

    private final DSLContext db;
    private final TransactionTemplate separately;

    ResultsSnapshots(DSLContext db, PlatformTransactionManager transactions) {
        this.db = db;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The index as of this version, if one was packed from it by this code; a damaged row counts as none. */
    Optional<ResultsIndex> find(long version) {
        return latest(version).filter(held -> held.version() == version).map(Held::index);
    }

    /** The version the latest snapshot up to {@code atMost} was packed from, without reading the snapshot. */
    java.util.OptionalLong latestVersion(long atMost) {
        Long version = db.fetchValue("SELECT version FROM results_snapshot WHERE id = 1 AND version <= ? AND code = ?",
                atMost, CODE) instanceof Number n ? n.longValue() : null;
        return version == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(version);
    }

    /** A snapshot and the version it was packed from. */
    record Held(long version, ResultsIndex index) {
    }

    /**
     * The snapshot packed by this code from the latest version up to {@code atMost}, which the change log may
     * bring up to date; a damaged row counts as none.
     */
    Optional<Held> latest(long atMost) {
        try {
            return db.connectionResult(connection -> {
                try (var statement = connection.prepareStatement(
                        "SELECT version, data FROM results_snapshot WHERE id = 1 AND version <= ? AND code = ?")) {
                    statement.setLong(1, atMost);
                    statement.setString(2, CODE);
                    try (var row = statement.executeQuery()) {
                        if (!row.next()) {
                            return Optional.empty();
                        }
                        long version = row.getLong(1);
                        try (InputStream in = row.getBinaryStream(2)) {
                            return Optional.of(new Held(version,
                                    new ResultsIndex(new DataInputStream(new BufferedInputStream(in, 1 << 16)))));
                        }
                    }
                }
            });
        } catch (RuntimeException damaged) {
            log.warn("The results snapshot could not be read; the index is rebuilt", damaged);
            return Optional.empty();
        }
    }

    /** Keeps the index as the snapshot of its version, in a transaction of its own (reports run read-only). */
    void save(long version, ResultsIndex index) {
        byte[] data = packed(index);
        separately.executeWithoutResult(status -> db.connection(connection -> {
            try (var delete = connection.prepareStatement("DELETE FROM results_snapshot WHERE id = 1");
                 var insert = connection.prepareStatement("INSERT INTO results_snapshot (id, version, code, data) VALUES (1, ?, ?, ?)")) {
                delete.executeUpdate();
                insert.setLong(1, version);
                insert.setString(2, CODE);
                insert.setBytes(3, data);
                insert.executeUpdate();
            }
        }));
    }

    static byte[] packed(ResultsIndex index) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            index.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String digest(Class<?>... classes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Class<?> type : classes) {
                try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
