package campus.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import campus.CampusApplication;
import campus.CampusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends at the same moment from many threads, from two transactions that overlap, and from two
 * app instances on one database: indexes stay dense and unique, each entry holds what was appended
 * under its index, the root is the naive one, and a rolled-back append leaves neither entry nor gap.
 */
@CampusTest
class ConcurrentAppendTest {

    @Autowired LedgerApi ledger;
    @Autowired TransactionTemplate transactions;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    record Appended(List<LogEntry> entries, List<byte[]> data) {
    }

    @Test
    void eightThreadsAppendingTogetherGetDenseUniqueIndexes() throws Exception {
        long before = ledger.treeSize();
        List<Appended> appended = appendAtOnce(List.of(new Appender(ledger, transactions)), 8, 15);
        assertDenseAndFaithful(before, appended);
    }

    @Test
    void twoAppInstancesOnOneDatabaseShareOneOrder() throws Exception {
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(CampusApplication.class)
                .properties("server.port=0", "campus.demo.load=false").run()) {
            long before = ledger.treeSize();
            Appender there = new Appender(second.getBean(LedgerApi.class), second.getBean(TransactionTemplate.class));
            List<Appended> appended = appendAtOnce(List.of(new Appender(ledger, transactions), there), 8, 10);
            assertDenseAndFaithful(before, appended);
            Checkpoint theirs = second.getBean(LedgerApi.class).checkpointNow();
            Checkpoint ours = ledger.latestCheckpoint();
            assertThat(ours).isEqualTo(theirs);
        }
    }

    @Test
    void aRolledBackAppendLeavesNoEntryAndNoGap() {
        long before = ledger.treeSize();
        byte[] abandoned = LogSamples.digest();
        transactions.executeWithoutResult(tx -> {
            assertThat(ledger.append(abandoned).index()).isEqualTo(before);
            tx.setRollbackOnly();
        });
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            ledger.append(LogSamples.digest());
            throw new IllegalStateException("the caller's own work failed");
        })).hasMessageContaining("caller's own work");
        assertThat(ledger.treeSize()).isEqualTo(before);
        assertThat(ledger.indexOfLeaf(LogAuditor.leaf(abandoned))).isEmpty();
        LogEntry next = LogSamples.append(ledger, transactions, List.of(LogSamples.digest())).get(0);
        assertThat(next.index()).isEqualTo(before);
    }

    @Test
    void aSecondTransactionWaitsForTheFirstAndComesAfterIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch firstAppended = new CountDownLatch(1);
            CountDownLatch letFirstCommit = new CountDownLatch(1);
            Future<LogEntry> first = pool.submit(() -> transactions.execute(tx -> {
                LogEntry entry = ledger.append(LogSamples.digest());
                firstAppended.countDown();
                await(letFirstCommit);
                return entry;
            }));
            assertThat(firstAppended.await(30, TimeUnit.SECONDS)).isTrue();
            Future<LogEntry> second = pool.submit(() -> transactions.execute(tx -> ledger.append(LogSamples.digest())));
            Thread.sleep(300);
            assertThat(second).as("the second append waits for the first transaction's lock").isNotDone();
            letFirstCommit.countDown();
            assertThat(second.get(30, TimeUnit.SECONDS).index()).isEqualTo(first.get(30, TimeUnit.SECONDS).index() + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        long before = ledger.treeSize();
        assertThatThrownBy(() -> ledger.append(LogSamples.digest())).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(ledger.treeSize()).isEqualTo(before);
    }

    /** Appends from one place: batches of one to four entries, each batch in its own transaction. */
    record Appender(LedgerApi ledger, TransactionTemplate transactions) {
        Appended batch(int size) {
            List<byte[]> data = LogSamples.digests(size);
            List<LogEntry> entries = transactions.execute(tx -> size == 1 ? List.of(ledger.append(data.get(0))) : ledger.appendAll(data));
            return new Appended(entries, data);
        }
    }

    private List<Appended> appendAtOnce(List<Appender> appenders, int threads, int batchesEach) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Appended>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Appender appender = appenders.get(t % appenders.size());
                int seed = t;
                Callable<List<Appended>> work = () -> {
                    await(start);
                    List<Appended> mine = new ArrayList<>();
                    for (int b = 0; b < batchesEach; b++) {
                        mine.add(appender.batch(1 + (seed + b) % 4));
                    }
                    return mine;
                };
                futures.add(pool.submit(work));
            }
            start.countDown();
            List<Appended> all = new ArrayList<>();
            for (Future<List<Appended>> future : futures) {
                all.addAll(future.get(120, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertDenseAndFaithful(long before, List<Appended> appended) {
        int count = appended.stream().mapToInt(a -> a.entries().size()).sum();
        long after = ledger.treeSize();
        assertThat(after - before).isEqualTo(count);
        List<Long> indexes = appended.stream().flatMap(a -> a.entries().stream()).map(LogEntry::index).sorted().toList();
        assertThat(indexes).containsExactlyElementsOf(LongStream.range(before, after).boxed().toList());
        for (Appended batch : appended) {
            for (int i = 0; i < batch.entries().size(); i++) {
                LogEntry entry = batch.entries().get(i);
                assertThat(entry.leafHash()).isEqualTo(LogAuditor.leaf(batch.data().get(i)));
                assertThat(ledger.indexOfLeaf(entry.leafHash())).contains(entry.index());
                if (i > 0) {
                    assertThat(entry.index()).as("a batch stays in order, in one piece").isEqualTo(batch.entries().get(i - 1).index() + 1);
                }
            }
        }
        assertThat(ledger.rootHash(after)).isEqualTo(LogAuditor.mth(allData(after)));
    }

    private List<byte[]> allData(long size) {
        try {
            return new LogClient(mvc, json).data(size);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
