package campus.ledger;

import static campus.ledger.LogAuditor.hex;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published RFC 6962 test vectors (the Certificate Transparency reference implementation's
 * eight leaves, as kept in transparency-dev/merkle): the auditor's naive definitions and the log's
 * verifiers must agree with them, and refuse every tampered proof.
 */
class MerkleVectorsTest {

    static final List<byte[]> LEAVES = List.of(hex(""), hex("00"), hex("10"), hex("2021"), hex("3031"), hex("40414243"),
            hex("5051525354555657"), hex("606162636465666768696a6b6c6d6e6f"));

    static final List<String> ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    record Inclusion(int index, int size, List<String> path) {
    }

    record Consistency(int first, int second, List<String> path) {
    }

    static final List<Inclusion> INCLUSIONS = List.of(
            new Inclusion(0, 1, List.of()),
            new Inclusion(0, 2, List.of("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7")),
            new Inclusion(1, 2, List.of("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d")),
            new Inclusion(2, 3, List.of("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")),
            new Inclusion(1, 5, List.of("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
            new Inclusion(0, 8, List.of("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
            new Inclusion(5, 8, List.of("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")));

    static final List<Consistency> CONSISTENCIES = List.of(
            new Consistency(1, 1, List.of()),
            new Consistency(1, 8, List.of("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
            new Consistency(2, 5, List.of("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
            new Consistency(6, 8, List.of("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")));

    static byte[] root(int size) {
        return hex(ROOTS.get(size));
    }

    static List<byte[]> hashes(List<String> hex) {
        return hex.stream().map(LogAuditor::hex).toList();
    }

    @Test
    void theAuditorsTreeHashIsTheReferenceOne() {
        for (int size = 0; size <= 8; size++) {
            assertThat(HexFormat.of().formatHex(LogAuditor.mth(LEAVES.subList(0, size)))).as("size " + size)
                    .isEqualTo(ROOTS.get(size));
        }
        assertThat(MerkleProofs.emptyRoot()).isEqualTo(root(0));
        assertThat(MerkleProofs.leafHash(LEAVES.get(0))).isEqualTo(root(1));
    }

    @Test
    void referenceInclusionProofsAreTheAuditorsAndVerifyBothWays() {
        for (Inclusion v : INCLUSIONS) {
            List<byte[]> path = hashes(v.path());
            List<byte[]> data = LEAVES.subList(0, v.size());
            byte[] leaf = LogAuditor.leaf(LEAVES.get(v.index()));
            assertThat(LogAuditor.path(v.index(), data)).as(v.toString()).containsExactlyElementsOf(path);
            assertThat(LogAuditor.inclusionVerifies(v.index(), v.size(), leaf, path, root(v.size()))).as(v.toString()).isTrue();
            assertThat(MerkleProofs.verifyInclusion(leaf, v.index(), v.size(), path, root(v.size()))).as(v.toString()).isTrue();
        }
    }

    @Test
    void referenceConsistencyProofsAreTheAuditorsAndVerifyBothWays() {
        for (Consistency v : CONSISTENCIES) {
            List<byte[]> path = hashes(v.path());
            assertThat(LogAuditor.proof(v.first(), LEAVES.subList(0, v.second()))).as(v.toString()).containsExactlyElementsOf(path);
            assertThat(LogAuditor.consistencyVerifies(v.first(), v.second(), root(v.first()), root(v.second()), path))
                    .as(v.toString()).isTrue();
            assertThat(MerkleProofs.verifyConsistency(v.first(), v.second(), path, root(v.first()), root(v.second())))
                    .as(v.toString()).isTrue();
        }
    }

    @Test
    void everyTamperedInclusionProofFails() {
        for (Inclusion v : INCLUSIONS) {
            List<byte[]> path = hashes(v.path());
            byte[] leaf = LogAuditor.leaf(LEAVES.get(v.index()));
            byte[] root = root(v.size());
            for (List<byte[]> bad : Tampering.variants(path)) {
                assertThat(MerkleProofs.verifyInclusion(leaf, v.index(), v.size(), bad, root)).as(v + " tampered path").isFalse();
                assertThat(LogAuditor.inclusionVerifies(v.index(), v.size(), leaf, bad, root)).isFalse();
            }
            assertThat(MerkleProofs.verifyInclusion(Tampering.flip(leaf), v.index(), v.size(), path, root)).isFalse();
            assertThat(MerkleProofs.verifyInclusion(leaf, v.index(), v.size(), path, Tampering.flip(root))).isFalse();
            assertThat(MerkleProofs.verifyInclusion(leaf, v.index() + 1L, v.size(), path, root)).isFalse();
            // (the same path can fit another size's shape: the signed root is what binds the size)
            if (v.size() < 8) {
                assertThat(MerkleProofs.verifyInclusion(leaf, v.index(), v.size() + 1L, path, root(v.size() + 1))).isFalse();
            }
            assertThat(MerkleProofs.verifyInclusion(leaf, -1, v.size(), path, root)).isFalse();
        }
    }

    @Test
    void everyTamperedConsistencyProofFails() {
        for (Consistency v : CONSISTENCIES) {
            if (v.first() == v.second()) {
                assertThat(MerkleProofs.verifyConsistency(1, 1, List.of(root(1)), root(1), root(1))).isFalse();
                assertThat(MerkleProofs.verifyConsistency(1, 1, List.of(), root(1), root(2))).isFalse();
                continue;
            }
            List<byte[]> path = hashes(v.path());
            byte[] first = root(v.first());
            byte[] second = root(v.second());
            for (List<byte[]> bad : Tampering.variants(path)) {
                assertThat(MerkleProofs.verifyConsistency(v.first(), v.second(), bad, first, second)).as(v + " tampered").isFalse();
                assertThat(LogAuditor.consistencyVerifies(v.first(), v.second(), first, second, bad)).isFalse();
            }
            assertThat(MerkleProofs.verifyConsistency(v.first(), v.second(), path, Tampering.flip(first), second)).isFalse();
            assertThat(MerkleProofs.verifyConsistency(v.first(), v.second(), path, first, Tampering.flip(second))).isFalse();
            assertThat(MerkleProofs.verifyConsistency(v.second(), v.first(), path, second, first)).isFalse();
            assertThat(MerkleProofs.verifyConsistency(0, v.second(), path, first, second)).isFalse();
        }
    }
}
