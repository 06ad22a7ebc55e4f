package campus.ledger;

import java.util.List;

/** RFC 9162 inclusion proof: the audit path of the leaf at leafIndex in the tree of treeSize. */
public record InclusionProof(long leafIndex, long treeSize, List<byte[]> path) {

    public InclusionProof {
        path = path.stream().map(byte[]::clone).toList();
    }

    @Override
    public List<byte[]> path() {
        return path.stream().map(byte[]::clone).toList();
    }

    /** Whether this proves that leafHash is the leaf at leafIndex of the tree whose root is rootHash (RFC 9162 2.1.3.2). */
    public boolean verify(byte[] leafHash, byte[] rootHash) {
        return MerkleProofs.verifyInclusion(leafHash, leafIndex, treeSize, path, rootHash);
    }
}
