package campus.bench;

import campus.CampusApplication;
import campus.ledger.Checkpoint;
import campus.ledger.ConsistencyProof;
import campus.ledger.InclusionProof;
import campus.ledger.LedgerApi;
import campus.ledger.MerkleProofs;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transparency log throughput on a fresh database: appends in batches of several sizes (each batch
 * one transaction, as a bulk issuance would), single appends, then in-process inclusion and
 * consistency proofs and checkpoint signing at the final size. The embedded H2 file database by
 * default; "postgresql" as second argument uses a throwaway database on the local server. Run by
 * bench/ledger-append.sh; not a test.
 */
public final class LedgerAppendBench {

    private LedgerAppendBench() {
    }

    public static void main(String[] args) throws Exception {
        int large = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean postgres = args.length > 1 && args[1].equals("postgresql");
        Path folder = Files.createTempDirectory("ledger-bench");
        String pgAdmin = "jdbc:postgresql://127.0.0.1:5432/test";
        String pgName = "campus_bench_" + ProcessHandle.current().pid();
        String url = postgres ? pgAdmin.replace("/test", "/" + pgName)
                : "jdbc:h2:file:" + folder.resolve("campus") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        if (postgres) {
            sql(pgAdmin, "CREATE DATABASE " + pgName);
        }
        byte[] secret = new byte[32];
        new Random().nextBytes(secret);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CampusApplication.class)
                .web(WebApplicationType.NONE)
                // command-line arguments: they outrank application.properties (default properties would not)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + (postgres ? "postgres" : "sa"),
                        "--spring.datasource.password=", "--spring.jooq.sql-dialect=" + (postgres ? "POSTGRES" : "H2"),
                        "--campus.demo.load=false", "--campus.keys.secret=" + Base64.getEncoder().encodeToString(secret),
                        "--campus.ledger.checkpoint-interval=PT1H", "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN")) {
            LedgerApi ledger = app.getBean(LedgerApi.class);
            TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
            System.out.printf("database: %s, %d cores%n", postgres ? "PostgreSQL (local server)" : "H2 embedded file",
                    Runtime.getRuntime().availableProcessors());
            appendInBatches(ledger, transactions, 30_000, 2_000, "warm-up (JIT), 30,000 in batches of 2,000");
            appendInBatches(ledger, transactions, 10_000, 10_000, "10,000 in one transaction");
            appendInBatches(ledger, transactions, 10_000, 100, "10,000 in batches of 100");
            appendInBatches(ledger, transactions, 2_000, 1, "2,000 single appends, one transaction each");
            appendInBatches(ledger, transactions, large, 10_000, String.format("%,d in batches of 10,000", large));
            proofs(ledger);
        } finally {
            if (postgres) {
                sql(pgAdmin, "DROP DATABASE IF EXISTS " + pgName);
            }
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void appendInBatches(LedgerApi ledger, TransactionTemplate transactions, int total, int batch, String label) {
        List<List<byte[]>> batches = new ArrayList<>();
        long counter = ledger.treeSize();
        for (int done = 0; done < total; done += batch) {
            List<byte[]> digests = new ArrayList<>();
            for (int i = 0; i < Math.min(batch, total - done); i++) {
                digests.add(digest(counter++));
            }
            batches.add(digests);
        }
        long start = System.nanoTime();
        for (List<byte[]> digests : batches) {
            if (digests.size() == 1) {
                transactions.executeWithoutResult(tx -> ledger.append(digests.get(0)));
            } else {
                transactions.executeWithoutResult(tx -> ledger.appendAll(digests));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("append %-45s %7.0f ms  %,9.0f appends/s  (tree size now %,d)%n", label + ":", seconds * 1000,
                total / seconds, ledger.treeSize());
    }

    private static void proofs(LedgerApi ledger) {
        long size = ledger.treeSize();
        Random random = new Random(9162);
        long start = System.nanoTime();
        Checkpoint checkpoint = ledger.checkpointNow();
        System.out.printf("checkpoint of %,d entries signed in %.1f ms%n", size, (System.nanoTime() - start) / 1e6);
        byte[] root = checkpoint.rootHash();
        for (int round = 0; round < 2; round++) { // the first round warms up
            int n = 5_000;
            start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long index = (long) (random.nextDouble() * size);
                InclusionProof proof = ledger.inclusionProof(index, size).orElseThrow();
                if (round == 1 && i % 500 == 0 && !proof.verify(MerkleProofs.leafHash(digest(index)), root)) {
                    throw new IllegalStateException("inclusion proof of " + index + " does not verify");
                }
            }
            double inclusion = n / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long first = 1 + (long) (random.nextDouble() * (size - 1));
                ConsistencyProof proof = ledger.consistencyProof(first, size);
                if (round == 1 && i % 500 == 0 && !proof.verify(ledger.rootHash(first), root)) {
                    throw new IllegalStateException("consistency proof " + first + " does not verify");
                }
            }
            double consistency = n / ((System.nanoTime() - start) / 1e9);
            if (round == 1) {
                System.out.printf("inclusion proofs at size %,d: %,.0f/s; consistency proofs: %,.0f/s (one thread, %,d each)%n",
                        size, inclusion, consistency, n);
            }
        }
    }

    /** Entry i's data: a SHA-256 digest, as the credentials module appends. */
    static byte[] digest(long i) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(ByteBuffer.allocate(8).putLong(i).array());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sql(String url, String statement) throws Exception {
        try (Connection admin = DriverManager.getConnection(url, "postgres", ""); var sql = admin.createStatement()) {
            sql.execute(statement);
        }
    }
}
