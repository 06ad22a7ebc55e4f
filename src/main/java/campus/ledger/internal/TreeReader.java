package campus.ledger.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Roots and proofs read from the stored subtree hashes: one pass to list the hashes, one query, one pass to compute. */
@Component
class TreeReader {

    private final LogStore log;

    TreeReader(LogStore log) {
        this.log = log;
    }

    byte[] root(long size) {
        return compute(nodes -> TreeMath.root(size, nodes));
    }

    List<byte[]> inclusionPath(long index, long size) {
        return compute(nodes -> TreeMath.inclusionPath(index, size, nodes));
    }

    /** The leaf hash, audit path and root of one inclusion question, from one fetch of stored hashes. */
    Inclusion inclusion(long index, long size) {
        return compute(nodes -> new Inclusion(nodes.apply(new NodeKey(0, index)), TreeMath.inclusionPath(index, size, nodes),
                TreeMath.root(size, nodes)));
    }

    record Inclusion(byte[] leafHash, List<byte[]> path, byte[] rootHash) {
    }

    List<byte[]> consistencyPath(long first, long second) {
        return compute(nodes -> TreeMath.consistencyPath(first, second, nodes));
    }

    private <T> T compute(Function<Function<NodeKey, byte[]>, T> computation) {
        var keys = TreeMath.needed(computation::apply);
        return computation.apply(TreeMath.lookup(keys.isEmpty() ? Map.of() : log.nodes(keys)));
    }
}
