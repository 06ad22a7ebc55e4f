package campus.ledger.web;

import static campus.ledger.web.LogQuery.atLeast;
import static campus.ledger.web.LogQuery.number;

import campus.ledger.Checkpoint;
import campus.ledger.internal.TransparencyLog;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public transparency log API, for anyone, without signing in: checkpoints, entries, inclusion
 * and consistency proofs, keys (docs/transparency-log.md). Answers about a fixed tree size never
 * change, so they may be cached for ever; answers about "the latest" may not.
 */
@RestController
@RequestMapping("/api/log")
class LogApiController {

    static final int MAX_ENTRIES = 1000;
    static final int MAX_CHECKPOINTS = 1000;
    private static final CacheControl FOR_EVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final TransparencyLog log;

    LogApiController(TransparencyLog log) {
        this.log = log;
    }

    @GetMapping("/checkpoint")
    ResponseEntity<LogJson.CheckpointDoc> latest() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(LogJson.CheckpointDoc.of(log.latestCheckpoint()));
    }

    @GetMapping("/checkpoints")
    LogJson.Checkpoints checkpoints(@RequestParam(required = false) String from, @RequestParam(required = false) String limit) {
        long smallest = atLeast("from", number("from", from, 0), 0);
        long count = number("limit", limit, 100);
        if (count < 1 || count > MAX_CHECKPOINTS) {
            throw LogQueryProblem.bad("limit", "ledger.problem.limit", MAX_CHECKPOINTS);
        }
        List<Checkpoint> page = log.checkpoints(smallest, (int) count + 1);
        Long next = page.size() > count ? page.get((int) count).treeSize() : null;
        return new LogJson.Checkpoints(page.stream().limit(count).map(LogJson.CheckpointDoc::of).toList(), next);
    }

    @GetMapping("/checkpoints/{size}")
    ResponseEntity<LogJson.CheckpointDoc> checkpoint(@PathVariable String size) {
        long treeSize = atLeast("size", number("size", size), 0);
        Checkpoint checkpoint = log.checkpoint(treeSize).orElseThrow(() ->
                new LogQueryProblem(HttpStatus.NOT_FOUND, "size", "ledger.problem.nocheckpoint"));
        return ResponseEntity.ok().cacheControl(FOR_EVER).body(LogJson.CheckpointDoc.of(checkpoint));
    }

    @GetMapping("/entries")
    ResponseEntity<LogJson.Entries> entries(@RequestParam(required = false) String start, @RequestParam(required = false) String end) {
        long treeSize = log.treeSize();
        long first = atLeast("start", number("start", start), 0);
        within("start", first, treeSize);
        long last = number("end", end, Math.min(first + MAX_ENTRIES, treeSize));
        if (last < first) {
            throw LogQueryProblem.bad("end", "ledger.problem.before", "start");
        }
        within("end", last, treeSize);
        if (last - first > MAX_ENTRIES) {
            throw LogQueryProblem.bad("end", "ledger.problem.range", MAX_ENTRIES);
        }
        var body = new LogJson.Entries(treeSize, first, last, log.entries(first, last).stream().map(LogJson.Entry::of).toList());
        return ResponseEntity.ok().cacheControl(end == null ? CacheControl.noCache() : FOR_EVER).body(body);
    }

    @GetMapping("/proof/inclusion")
    ResponseEntity<LogJson.Inclusion> inclusion(@RequestParam(required = false) String index,
                                                @RequestParam(required = false) String leafHash,
                                                @RequestParam(required = false) String size) {
        if (index != null && leafHash != null) {
            throw LogQueryProblem.bad("leafHash", "ledger.problem.either", "index");
        }
        long treeSize = treeSize("size", size);
        long leaf;
        if (leafHash != null) {
            leaf = log.indexOfLeaf(LogQuery.hash("leafHash", leafHash)).orElseThrow(() ->
                    new LogQueryProblem(HttpStatus.NOT_FOUND, "leafHash", "ledger.problem.noleaf"));
            if (leaf >= treeSize) {
                throw LogQueryProblem.bad("size", "ledger.problem.notyet", leaf);
            }
        } else {
            leaf = atLeast("index", number("index", index), 0);
            if (leaf >= treeSize) {
                throw LogQueryProblem.bad("index", "ledger.problem.index", treeSize);
            }
        }
        TransparencyLog.InclusionView proof = log.inclusionView(leaf, treeSize).orElseThrow();
        var body = new LogJson.Inclusion(leaf, treeSize, LogJson.b64(proof.leafHash()), LogJson.b64(proof.proof().path()),
                LogJson.b64(proof.rootHash()), log.checkpoint(treeSize).map(Checkpoint::signedNote).orElse(null));
        return ResponseEntity.ok().cacheControl(size == null ? CacheControl.noCache() : FOR_EVER).body(body);
    }

    @GetMapping("/proof/consistency")
    ResponseEntity<LogJson.Consistency> consistency(@RequestParam(required = false) String first,
                                                    @RequestParam(required = false) String second) {
        long older = atLeast("first", number("first", first), 1);
        long newer = treeSize("second", second);
        if (older > newer) {
            throw LogQueryProblem.bad("first", "ledger.problem.after", "second");
        }
        var body = new LogJson.Consistency(older, newer, LogJson.b64(log.consistencyProof(older, newer).path()));
        return ResponseEntity.ok().cacheControl(second == null ? CacheControl.noCache() : FOR_EVER).body(body);
    }

    @GetMapping("/keys")
    LogJson.Keys keys() {
        return new LogJson.Keys(log.origin(), log.keys().stream().map(LogJson.Key::of).toList());
    }

    /** A tree size given by the caller (1 up to the log's size), or the latest checkpoint's. */
    private long treeSize(String parameter, String text) {
        if (text == null) {
            return log.latestCheckpoint().treeSize();
        }
        long size = atLeast(parameter, number(parameter, text), 1);
        within(parameter, size, log.treeSize());
        return size;
    }

    private static void within(String parameter, long value, long treeSize) {
        if (value > treeSize) {
            throw LogQueryProblem.bad(parameter, "ledger.problem.beyond", treeSize);
        }
    }
}
