package campus.ledger;

import java.util.List;

/** RFC 9162 consistency proof that the tree of size first is a prefix of the tree of size second. */
public record ConsistencyProof(long first, long second, List<byte[]> path) {

    public ConsistencyProof {
        path = path.stream().map(byte[]::clone).toList();
    }

    @Override
    public List<byte[]> path() {
        return path.stream().map(byte[]::clone).toList();
    }

    /** Whether this proves the trees with these roots consistent (RFC 9162 2.1.4.2). */
    public boolean verify(byte[] firstRoot, byte[] secondRoot) {
        return MerkleProofs.verifyConsistency(first, second, path, firstRoot, secondRoot);
    }
}
