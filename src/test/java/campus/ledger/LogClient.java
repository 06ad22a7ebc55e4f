package campus.ledger;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public log API as an outside auditor reads it: anonymous GETs, base64 decoded by hand. */
final class LogClient {

    private final MockMvc mvc;
    private final JsonMapper json;

    LogClient(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** GET of an already encoded URL (MockMvc would encode a template again). */
    JsonNode read(String url) throws Exception {
        var response = mvc.perform(get(java.net.URI.create(url))).andReturn().getResponse();
        if (response.getStatus() != 200) {
            throw new AssertionError(url + " answered " + response.getStatus() + ": " + response.getContentAsString());
        }
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    String text(String url) throws Exception {
        return mvc.perform(get(java.net.URI.create(url))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The data of entries [0, size), fetched page by page as a mirror would. */
    List<byte[]> data(long size) throws Exception {
        List<byte[]> data = new ArrayList<>();
        while (data.size() < size) {
            JsonNode page = read("/api/log/entries?start=" + data.size() + "&end=" + Math.min(size, data.size() + 1000L));
            JsonNode entries = page.get("entries");
            for (int i = 0; i < entries.size(); i++) {
                JsonNode entry = entries.get(i);
                if (entry.get("index").asLong() != data.size()) {
                    throw new AssertionError("entries out of order at " + data.size());
                }
                byte[] bytes = LogAuditor.b64(entry.get("data").asString());
                if (!java.util.Arrays.equals(LogAuditor.b64(entry.get("leafHash").asString()), LogAuditor.leaf(bytes))) {
                    throw new AssertionError("entry " + data.size() + " has a leaf hash that is not SHA-256(0x00 || data)");
                }
                data.add(bytes);
            }
        }
        return data;
    }

    static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            hashes.add(LogAuditor.b64(array.get(i).asString()));
        }
        return hashes;
    }

    /** The raw public key of the log key with this id, as /api/log/keys lists it. */
    byte[] logKey(String keyId) throws Exception {
        JsonNode keys = read("/api/log/keys").get("keys");
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).get("keyId").asString().equals(keyId)) {
                return LogAuditor.b64(keys.get(i).get("publicKey").asString());
            }
        }
        throw new AssertionError("/api/log/keys does not list " + keyId);
    }
}
