package campus.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import campus.CampusTest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an auditor outside the Centre does with the public API, checked with {@link LogAuditor}
 * (written from the RFC, sharing no code with the log): mirror the entries, recompute every tree
 * up to 40 leaves, verify every inclusion proof in each of them and consistency proofs between many
 * sizes, and check every stored checkpoint's signature and its consistency with the next.
 */
@CampusTest
class LogProofsOverHttpTest {

    static final int N = 40;

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired LedgerApi ledger;
    @Autowired TransactionTemplate transactions;
    LogClient api;

    @BeforeEach
    void mirror() {
        api = new LogClient(mvc, json);
        LogSamples.fill(ledger, transactions, N);
    }

    @Test
    void everyInclusionProofOfEveryTreeUpToFortyLeavesVerifies() throws Exception {
        List<byte[]> data = api.data(N);
        for (int size = 1; size <= N; size++) {
            byte[] root = LogAuditor.mth(data.subList(0, size));
            for (int index = 0; index < size; index++) {
                JsonNode proof = api.read("/api/log/proof/inclusion?index=" + index + "&size=" + size);
                List<byte[]> path = LogClient.hashes(proof.get("path"));
                byte[] leaf = LogAuditor.leaf(data.get(index));
                String what = index + " in " + size;
                assertThat(proof.get("leafIndex").asLong()).isEqualTo(index);
                assertThat(proof.get("treeSize").asLong()).isEqualTo(size);
                assertThat(LogAuditor.b64(proof.get("leafHash").asString())).as(what).isEqualTo(leaf);
                assertThat(LogAuditor.b64(proof.get("rootHash").asString())).as(what).isEqualTo(root);
                assertThat(path).as(what).containsExactlyElementsOf(LogAuditor.path(index, data.subList(0, size)));
                assertThat(LogAuditor.inclusionVerifies(index, size, leaf, path, root)).as(what).isTrue();
            }
        }
    }

    @Test
    void consistencyProofsBetweenAnyTwoSizesVerify() throws Exception {
        List<byte[]> data = api.data(N);
        Random random = new Random(9162);
        for (int i = 0; i < 300; i++) {
            int second = 1 + random.nextInt(N);
            int first = i < N ? Math.max(1, second - i % 3) : 1 + random.nextInt(second);
            JsonNode proof = api.read("/api/log/proof/consistency?first=" + first + "&second=" + second);
            List<byte[]> path = LogClient.hashes(proof.get("path"));
            String what = first + " to " + second;
            assertThat(path).as(what).containsExactlyElementsOf(LogAuditor.proof(first, data.subList(0, second)));
            assertThat(LogAuditor.consistencyVerifies(first, second, LogAuditor.mth(data.subList(0, first)),
                    LogAuditor.mth(data.subList(0, second)), path)).as(what).isTrue();
        }
    }

    @Test
    void everyStoredCheckpointIsSignedByAListedKeyAndConsistentWithTheNext() throws Exception {
        LogSamples.append(ledger, transactions, LogSamples.digests(3));
        ledger.checkpointNow();
        LogSamples.append(ledger, transactions, LogSamples.digests(5));
        ledger.checkpointNow();
        JsonNode checkpoints = api.read("/api/log/checkpoints?from=0&limit=1000").get("checkpoints");
        assertThat(checkpoints.size()).isGreaterThanOrEqualTo(2);
        long largest = checkpoints.get(checkpoints.size() - 1).get("treeSize").asLong();
        List<byte[]> data = api.data(largest);
        JsonNode previous = null;
        for (int i = 0; i < checkpoints.size(); i++) {
            JsonNode checkpoint = checkpoints.get(i);
            long size = checkpoint.get("treeSize").asLong();
            String origin = checkpoint.get("origin").asString();
            String[] body = LogAuditor.verifiedCheckpoint(checkpoint.get("note").asString(), origin,
                    api.logKey(checkpoint.get("keyId").asString()));
            assertThat(body).as("signature of checkpoint " + size).isNotNull();
            assertThat(body[0]).isEqualTo(origin);
            assertThat(Long.parseLong(body[1])).isEqualTo(size);
            assertThat(LogAuditor.b64(body[2])).as("root of " + size).isEqualTo(LogAuditor.mth(data.subList(0, (int) size)));
            assertThat(body[3]).startsWith("Timestamp: ").endsWith("Z");
            if (previous != null && previous.get("treeSize").asLong() > 0) {
                long first = previous.get("treeSize").asLong();
                JsonNode proof = api.read("/api/log/proof/consistency?first=" + first + "&second=" + size);
                assertThat(LogAuditor.consistencyVerifies(first, size, LogAuditor.b64(previous.get("rootHash").asString()),
                        LogAuditor.b64(checkpoint.get("rootHash").asString()), LogClient.hashes(proof.get("path"))))
                        .as("checkpoint " + first + " to " + size).isTrue();
            }
            previous = checkpoint;
        }
    }

    @Test
    void theLatestCheckpointIsPublishedAsASignedNote() throws Exception {
        LogSamples.append(ledger, transactions, LogSamples.digests(2));
        Checkpoint latest = ledger.checkpointNow();
        var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/log/checkpoint"))
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/plain");
        String note = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(note).isEqualTo(latest.signedNote());
        String[] body = LogAuditor.verifiedCheckpoint(note, latest.origin(), api.logKey(latest.keyId()));
        assertThat(body).isNotNull();
        assertThat(body[0]).isEqualTo("localhost:8080/log");
        assertThat(Long.parseLong(body[1])).isEqualTo(ledger.treeSize());
        assertThat(note).matches("(?s)localhost:8080/log\n\\d+\n[A-Za-z0-9+/]{43}=\nTimestamp: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\n\n"
                + "\u2014 localhost:8080/log [A-Za-z0-9+/]{91}=\n");
        assertThat(latest.verify(api.logKey(latest.keyId()))).isTrue();
    }

    @Test
    void anEntryIsFoundByItsLeafHashInAnyEncoding() throws Exception {
        byte[] digest = LogSamples.digest();
        LogEntry entry = LogSamples.append(ledger, transactions, List.of(digest)).get(0);
        long size = ledger.treeSize();
        byte[] leaf = LogAuditor.leaf(digest);
        assertThat(entry.leafHash()).isEqualTo(leaf);
        for (String encoded : List.of(Base64.getEncoder().encodeToString(leaf), Base64.getUrlEncoder().encodeToString(leaf),
                HexFormat.of().formatHex(leaf))) {
            JsonNode proof = api.read("/api/log/proof/inclusion?size=" + size + "&leafHash="
                    + java.net.URLEncoder.encode(encoded, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(proof.get("leafIndex").asLong()).isEqualTo(entry.index());
            assertThat(LogAuditor.inclusionVerifies(entry.index(), size, leaf, LogClient.hashes(proof.get("path")),
                    LogAuditor.mth(api.data(size)))).isTrue();
        }
        assertThat(ledger.indexOfLeaf(leaf)).contains(entry.index());
    }

    @Test
    void proofsFromTheApiFailOnceTampered() throws Exception {
        List<byte[]> data = api.data(N);
        byte[] root = LogAuditor.mth(data.subList(0, 37));
        List<byte[]> path = LogClient.hashes(api.read("/api/log/proof/inclusion?index=21&size=37").get("path"));
        byte[] leaf = LogAuditor.leaf(data.get(21));
        assertThat(LogAuditor.inclusionVerifies(21, 37, leaf, path, root)).isTrue();
        for (List<byte[]> bad : Tampering.variants(path)) {
            assertThat(LogAuditor.inclusionVerifies(21, 37, leaf, bad, root)).isFalse();
            assertThat(new InclusionProof(21, 37, bad).verify(leaf, root)).isFalse();
        }
        assertThat(LogAuditor.inclusionVerifies(21, 37, LogAuditor.leaf(Tampering.flip(data.get(21))), path, root)).isFalse();
        assertThat(LogAuditor.inclusionVerifies(21, 37, leaf, path, Tampering.flip(root))).isFalse();
        assertThat(LogAuditor.inclusionVerifies(22, 37, leaf, path, root)).isFalse();

        byte[] older = LogAuditor.mth(data.subList(0, 13));
        List<byte[]> consistency = LogClient.hashes(api.read("/api/log/proof/consistency?first=13&second=37").get("path"));
        assertThat(LogAuditor.consistencyVerifies(13, 37, older, root, consistency)).isTrue();
        for (List<byte[]> bad : Tampering.variants(consistency)) {
            assertThat(LogAuditor.consistencyVerifies(13, 37, older, root, bad)).isFalse();
            assertThat(new ConsistencyProof(13, 37, bad).verify(older, root)).isFalse();
        }
        assertThat(LogAuditor.consistencyVerifies(13, 37, Tampering.flip(older), root, consistency)).isFalse();
        assertThat(LogAuditor.consistencyVerifies(13, 37, older, Tampering.flip(root), consistency)).isFalse();
    }

    @Test
    void aTamperedCheckpointNoteFailsItsSignature() throws Exception {
        Checkpoint latest = ledger.latestCheckpoint();
        byte[] key = api.logKey(latest.keyId());
        String note = latest.signedNote();
        String[] lines = note.split("\n");
        String otherRoot = Base64.getEncoder().encodeToString(Tampering.flip(latest.rootHash()));
        for (String forged : List.of(note.replaceFirst("\n" + latest.treeSize() + "\n", "\n" + (latest.treeSize() + 1) + "\n"),
                note.replace(lines[2], otherRoot), note.replace("Timestamp: 2", "Timestamp: 1"))) {
            assertThat(LogAuditor.verifiedCheckpoint(forged, latest.origin(), key)).as(forged).isNull();
            assertThat(SignedNote.verifiedText(forged, latest.origin(), key)).isEmpty();
        }
        assertThat(LogAuditor.verifiedCheckpoint(note, latest.origin(), key)).isNotNull();
    }
}
