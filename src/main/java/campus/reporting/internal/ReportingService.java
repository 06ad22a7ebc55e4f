package campus.reporting.internal;

import campus.reporting.ReportingApi;
import campus.reporting.ResultsData;
import campus.reporting.ResultsReport;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes reports from the read model as it stands: every figure from all data present at report time. */
@Service
@Transactional
class ReportingService implements ReportingApi {

    private final ResultsStore store;
    private final ResultsSnapshots snapshots;
    private final java.time.Duration snapshotAfter;
    private volatile Indexed indexed;
    private volatile long lastSnapshot = Long.MIN_VALUE;
    private final java.util.concurrent.atomic.AtomicLong patches = new java.util.concurrent.atomic.AtomicLong();

    /**
     * An index that took longer than {@code campus.reporting.snapshot-after} to build is kept as a snapshot
     * (at most once every ten minutes, as a busy platform moves its version on with every enrolment), so the
     * next process starts from it.
     */
    ReportingService(ResultsStore store, ResultsSnapshots snapshots,
                     @org.springframework.beans.factory.annotation.Value("${campus.reporting.snapshot-after:PT1S}") java.time.Duration snapshotAfter) {
        this.store = store;
        this.snapshots = snapshots;
        this.snapshotAfter = snapshotAfter;
    }

    /**
     * The read model packed for fast reports, as of one version of the model, with each partner's part
     * packed on first demand (a partner's dashboard asks for several years and charts in a row).
     */
    private record Indexed(long version, ResultsIndex index, Map<String, ResultsIndex> partners) {
        Indexed(long version, ResultsIndex index) {
            this(version, index, new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    /**
     * The Centre-wide index, rebuilt when the read model's version moved on (a change here or on
     * another instance); a report therefore always reflects what the database holds.
     */
    private ResultsIndex index() {
        return indexed().index();
    }

    private ResultsIndex index(String partnerId) {
        if (partnerId == null) {
            return index();
        }
        Indexed current = indexed();
        // built outside the map's lock: a concurrent first demand may build it twice, never wrongly
        ResultsIndex index = current.partners().get(partnerId);
        if (index == null) {
            index = new ResultsIndex(ResultsReport.forPartner(store.loadForPartner(partnerId), partnerId));
            current.partners().putIfAbsent(partnerId, index);
        }
        return index;
    }

    private Indexed indexed() {
        long version = store.version();
        Indexed current = indexed;
        if (current != null && current.version() == version) {
            return current;
        }
        synchronized (this) {
            current = indexed;
            if (current == null || current.version() != version) {
                current = new Indexed(version, upToDate(current, version));
                indexed = current;
            }
            return current;
        }
    }

    /**
     * The index as of this version: the one held (or, in a new process, the latest snapshot) brought up to date
     * from the change log when it can be, else rebuilt from the whole read model. A snapshot is read only when it
     * is of this version or the log covers what came after it (after an import it is not: reading it would only
     * delay the rebuild).
     */
    private ResultsIndex upToDate(Indexed held, long version) {
        if (held != null && held.version() < version) {
            ResultsIndex patched = patched(held.index(), held.version(), version);
            return patched != null ? patched : built(version);
        }
        java.util.OptionalLong packed = snapshots.latestVersion(version);
        if (packed.isPresent() && (packed.getAsLong() == version || store.changesSince(packed.getAsLong(), version) != null)) {
            ResultsSnapshots.Held snapshot = snapshots.latest(version).orElse(null);
            if (snapshot != null && snapshot.version() == version) {
                return snapshot.index();
            }
            ResultsIndex patched = snapshot == null ? null : patched(snapshot.index(), snapshot.version(), version);
            if (patched != null) {
                return patched;
            }
        }
        return built(version);
    }

    /** The index brought from version {@code from} up to {@code to} by the change log, or null when it cannot be. */
    private ResultsIndex patched(ResultsIndex index, long from, long to) {
        ResultsChanges changes = store.changesSince(from, to);
        ResultsIndex patched = changes == null ? null : IndexPatch.patched(index, store.rowsOf(changes), changes);
        if (patched != null) {
            patches.incrementAndGet();
        }
        return patched;
    }

    /** How many times an index was brought up to date rather than rebuilt (for tests and benchmarks). */
    long patches() {
        return patches.get();
    }

    private ResultsIndex built(long version) {
        long started = System.nanoTime();
        ResultsIndex index = new ResultsIndex(store.load());
        long now = System.nanoTime();
        if (now - started >= snapshotAfter.toNanos() && (lastSnapshot == Long.MIN_VALUE || now - lastSnapshot > 600_000_000_000L)) {
            lastSnapshot = now;
            snapshots.save(version, index);
        }
        return index;
    }

    @Override
    @Transactional(readOnly = true)
    public void prepare() {
        indexed();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> report(int year, String partnerId) {
        return index(partnerId).report(year);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Integer, Map<String, Object>> reports(int fromYear, int toYear, String partnerId) {
        ResultsIndex index = index(partnerId);
        Map<Integer, Map<String, Object>> reports = new java.util.TreeMap<>();
        for (int year = fromYear; year <= toYear; year++) {
            reports.put(year, index.report(year));
        }
        return reports;
    }

    @Override
    @Transactional(readOnly = true)
    public ResultsData data() {
        return store.load();
    }

    @Override
    public void record(ResultsData data) {
        store.save(data);
    }

    @Override
    public void record(ResultsData data, LongConsumer written) {
        store.save(data, written);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Set<String>> knownIds() {
        return store.knownIds();
    }
}
