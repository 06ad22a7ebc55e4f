package campus.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import campus.CampusTest;
import campus.keys.KeyPurpose;
import campus.keys.KeysApi;
import campus.keys.PublicKeyRecord;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * After the log key is rotated, checkpoints signed before still verify with the key /api/log/keys
 * lists under their key id (now retired), new ones carry the new key, and the two stay consistent.
 */
@CampusTest
class LogKeyRotationTest {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired LedgerApi ledger;
    @Autowired KeysApi keys;
    @Autowired TransactionTemplate transactions;

    @Test
    void aCheckpointSignedBeforeARotationStillVerifiesWithTheListedKey() throws Exception {
        LogClient api = new LogClient(mvc, json);
        LogSamples.append(ledger, transactions, LogSamples.digests(7));
        Checkpoint before = ledger.checkpointNow();

        PublicKeyRecord rotated = keys.rotate(KeyPurpose.LOG);
        assertThat(rotated.keyId()).isNotEqualTo(before.keyId());
        LogSamples.append(ledger, transactions, LogSamples.digests(4));
        Checkpoint after = ledger.checkpointNow();
        assertThat(after.keyId()).isEqualTo(rotated.keyId());

        JsonNode old = api.read("/api/log/checkpoints/" + before.treeSize());
        String note = old.get("note").asString();
        assertThat(note).isEqualTo(before.signedNote());
        assertThat(LogAuditor.verifiedCheckpoint(note, before.origin(), api.logKey(before.keyId()))).isNotNull();
        assertThat(LogAuditor.verifiedCheckpoint(note, before.origin(), api.logKey(after.keyId()))).as("not the new key").isNull();
        assertThat(LogAuditor.verifiedCheckpoint(after.signedNote(), after.origin(), api.logKey(after.keyId()))).isNotNull();

        JsonNode listed = listed(api, before.keyId());
        assertThat(listed.get("retiredAt").isNull()).isFalse();
        assertThat(listed(api, after.keyId()).get("retiredAt").isNull()).isTrue();
        // the note verifier key names the origin, the note's key hash and the key, as note tools expect
        byte[] raw = api.logKey(before.keyId());
        byte[] keyHash = java.util.Arrays.copyOf(LogAuditor.sha256((before.origin() + "\n").getBytes(), new byte[] {1}, raw), 4);
        byte[] typed = new byte[33];
        typed[0] = 1;
        System.arraycopy(raw, 0, typed, 1, 32);
        assertThat(listed.get("verifierKey").asString()).isEqualTo(before.origin() + "+" + HexFormat.of().formatHex(keyHash)
                + "+" + Base64.getEncoder().encodeToString(typed));

        JsonNode proof = api.read("/api/log/proof/consistency?first=" + before.treeSize() + "&second=" + after.treeSize());
        assertThat(LogAuditor.consistencyVerifies(before.treeSize(), after.treeSize(), before.rootHash(), after.rootHash(),
                LogClient.hashes(proof.get("path")))).isTrue();
    }

    private static JsonNode listed(LogClient api, String keyId) throws Exception {
        JsonNode all = api.read("/api/log/keys").get("keys");
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).get("keyId").asString().equals(keyId)) {
                return all.get(i);
            }
        }
        throw new AssertionError(keyId + " is not listed");
    }
}
