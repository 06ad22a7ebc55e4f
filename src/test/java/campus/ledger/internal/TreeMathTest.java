package campus.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import campus.ledger.LogAuditor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The log's way of computing — complete subtrees made while appending, roots and proofs read from
 * them — gives exactly the auditor's naive definitions, for every tree shape up to 70 leaves.
 */
class TreeMathTest {

    static List<byte[]> data(int n) {
        List<byte[]> data = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            data.add(new byte[] {(byte) i, (byte) (i * 7), (byte) (i >> 8)});
        }
        return data;
    }

    /** The subtrees a log of these leaves stores: leaves, then everything the frontier completes. */
    static Map<NodeKey, byte[]> appended(List<byte[]> data) {
        Map<NodeKey, byte[]> nodes = new HashMap<>();
        Frontier frontier = Frontier.of(0, key -> {
            throw new AssertionError("an empty frontier reads nothing");
        });
        for (int i = 0; i < data.size(); i++) {
            byte[] leaf = LogAuditor.leaf(data.get(i));
            nodes.put(new NodeKey(0, i), leaf);
            List<Frontier.Subtree> made = frontier.add(leaf, new ArrayList<>());
            made.forEach(s -> nodes.put(s.key(), s.hash()));
        }
        return nodes;
    }

    @Test
    void everyCompleteSubtreeIsTheNaiveHashOfItsLeaves() {
        List<byte[]> data = data(70);
        Map<NodeKey, byte[]> nodes = appended(data);
        assertThat(nodes).hasSize(70 + 35 + 17 + 8 + 4 + 2 + 1); // floor(70 / 2^level) at each level
        for (var e : nodes.entrySet()) {
            int from = (int) e.getKey().start();
            int to = from + (1 << e.getKey().level());
            assertThat(e.getValue()).as(e.getKey().toString()).isEqualTo(LogAuditor.mth(data.subList(from, to)));
        }
    }

    @Test
    void rootsAndInclusionPathsMatchTheDefinitions() {
        List<byte[]> data = data(70);
        Function<NodeKey, byte[]> nodes = TreeMath.lookup(appended(data));
        for (int size = 0; size <= 70; size++) {
            assertThat(TreeMath.root(size, nodes)).as("root " + size).isEqualTo(LogAuditor.mth(data.subList(0, size)));
            for (int index = 0; index < size; index++) {
                assertThat(TreeMath.inclusionPath(index, size, nodes)).as(index + " in " + size)
                        .containsExactlyElementsOf(LogAuditor.path(index, data.subList(0, size)));
            }
        }
    }

    @Test
    void consistencyProofsMatchTheDefinition() {
        List<byte[]> data = data(45);
        Function<NodeKey, byte[]> nodes = TreeMath.lookup(appended(data));
        for (int second = 1; second <= 45; second++) {
            for (int first = 1; first <= second; first++) {
                assertThat(TreeMath.consistencyPath(first, second, nodes)).as(first + " to " + second)
                        .containsExactlyElementsOf(LogAuditor.proof(first, data.subList(0, second)));
            }
        }
    }

    @Test
    void aProofReadsFewStoredHashes() {
        long size = 1_000_003;
        var root = TreeMath.needed(nodes -> TreeMath.root(size, nodes));
        var inclusion = TreeMath.needed(nodes -> TreeMath.inclusionPath(123_457, size, nodes));
        var consistency = TreeMath.needed(nodes -> TreeMath.consistencyPath(777_777, size, nodes));
        assertThat(root).hasSize(Long.bitCount(size));
        assertThat(inclusion.size()).isLessThanOrEqualTo(2 * 64 - Long.numberOfLeadingZeros(size));
        assertThat(consistency.size()).isLessThanOrEqualTo(3 * (64 - Long.numberOfLeadingZeros(size)));
    }

    @Test
    void aFrontierReloadedFromStoredHashesContinuesTheSameTree() {
        List<byte[]> data = data(53);
        Map<NodeKey, byte[]> whole = appended(data);
        for (int cut = 0; cut <= 53; cut++) {
            Map<NodeKey, byte[]> nodes = appended(data.subList(0, cut));
            Frontier resumed = Frontier.of(cut, TreeMath.lookup(nodes));
            for (int i = cut; i < 53; i++) {
                byte[] leaf = LogAuditor.leaf(data.get(i));
                nodes.put(new NodeKey(0, i), leaf);
                resumed.add(leaf, new ArrayList<>()).forEach(s -> nodes.put(s.key(), s.hash()));
            }
            assertThat(nodes.keySet()).as("cut " + cut).isEqualTo(whole.keySet());
            for (var e : whole.entrySet()) {
                assertThat(nodes.get(e.getKey())).isEqualTo(e.getValue());
            }
        }
    }
}
