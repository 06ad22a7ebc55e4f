package campus.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import campus.CampusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every malformed or out-of-range log request gets a 400 problem document naming the parameter at
 * fault, an unknown leaf or checkpoint a 404 — never a 500 — and all of it without signing in.
 */
@CampusTest
class LogBadInputTest {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired LedgerApi ledger;
    @Autowired TransactionTemplate transactions;

    record Bad(String url, int status, String parameter) {
    }

    @BeforeEach
    void aLogOfMoreThanOnePage() {
        LogSamples.fill(ledger, transactions, 1_001);
        ledger.checkpointNow();
    }

    @Test
    void badRequestsNameTheirParameter() throws Exception {
        long size = ledger.treeSize();
        String unknownLeaf = java.util.Base64.getEncoder().encodeToString(LogAuditor.sha256("never appended".getBytes()));
        List<Bad> requests = List.of(
                new Bad("/api/log/entries", 400, "start"),
                new Bad("/api/log/entries?start=abc", 400, "start"),
                new Bad("/api/log/entries?start=-1", 400, "start"),
                new Bad("/api/log/entries?start=99999999999999999999", 400, "start"),
                new Bad("/api/log/entries?start=" + (size + 1), 400, "start"),
                new Bad("/api/log/entries?start=5&end=2", 400, "end"),
                new Bad("/api/log/entries?start=0&end=" + (size + 1), 400, "end"),
                new Bad("/api/log/entries?start=0&end=1001", 400, "end"),
                new Bad("/api/log/entries?start=0&end=1.5", 400, "end"),
                new Bad("/api/log/proof/inclusion", 400, "index"),
                new Bad("/api/log/proof/inclusion?index=x", 400, "index"),
                new Bad("/api/log/proof/inclusion?index=-1&size=3", 400, "index"),
                new Bad("/api/log/proof/inclusion?index=3&size=3", 400, "index"),
                new Bad("/api/log/proof/inclusion?index=0&size=0", 400, "size"),
                new Bad("/api/log/proof/inclusion?index=0&size=" + (size + 1), 400, "size"),
                new Bad("/api/log/proof/inclusion?index=0&leafHash=" + unknownLeaf, 400, "leafHash"),
                new Bad("/api/log/proof/inclusion?leafHash=not-a-hash", 400, "leafHash"),
                new Bad("/api/log/proof/inclusion?leafHash=abcd", 400, "leafHash"),
                new Bad("/api/log/proof/inclusion?leafHash=" + java.net.URLEncoder.encode(unknownLeaf, StandardCharsets.UTF_8), 404, "leafHash"),
                new Bad("/api/log/proof/consistency", 400, "first"),
                new Bad("/api/log/proof/consistency?first=0&second=5", 400, "first"),
                new Bad("/api/log/proof/consistency?first=6&second=5", 400, "first"),
                new Bad("/api/log/proof/consistency?first=1&second=" + (size + 1), 400, "second"),
                new Bad("/api/log/proof/consistency?first=1&second=two", 400, "second"),
                new Bad("/api/log/checkpoints?limit=0", 400, "limit"),
                new Bad("/api/log/checkpoints?limit=5000", 400, "limit"),
                new Bad("/api/log/checkpoints?from=-3", 400, "from"),
                new Bad("/api/log/checkpoints/abc", 400, "size"),
                new Bad("/api/log/checkpoints/-1", 400, "size"),
                new Bad("/api/log/checkpoints/999999999", 404, "size"));
        for (Bad bad : requests) {
            var response = mvc.perform(get(java.net.URI.create(bad.url()))).andReturn().getResponse();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(response.getStatus()).as(bad.url() + " " + body).isEqualTo(bad.status());
            assertThat(response.getContentType()).as(bad.url()).startsWith("application/problem+json");
            JsonNode problem = json.readTree(body);
            assertThat(problem.get("status").asInt()).isEqualTo(bad.status());
            assertThat(problem.get("parameter").asString()).as(bad.url()).isEqualTo(bad.parameter());
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(bad.parameter());
            assertThat(problem.get("detail").asString()).as(bad.url()).isNotBlank().doesNotContain("ledger.problem");
        }
    }

    @Test
    void problemsSpeakTheCallersLanguage() throws Exception {
        String french = mvc.perform(get("/api/log/proof/consistency?first=9&second=3").header("Accept-Language", "fr"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(french).get("detail").asString()).isEqualTo("first ne doit pas être supérieur à second.");
        String spanish = mvc.perform(get("/api/log/entries?start=0&end=5000").header("Accept-Language", "es"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(spanish).get("detail").asString()).contains("supera el tamaño del registro");
    }

    @Test
    void theWholeLogApiIsOpenWithoutSigningIn() throws Exception {
        for (String url : List.of("/log/checkpoint", "/api/log/checkpoint", "/api/log/checkpoints", "/api/log/keys",
                "/api/log/entries?start=0", "/api/log/proof/inclusion?index=0", "/api/log/proof/consistency?first=1",
                "/api/log/checkpoints/" + ledger.latestCheckpoint().treeSize())) {
            assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).as(url).isEqualTo(200);
        }
    }

    @Test
    void fixedAnswersMayBeCachedAndTheLatestMayNot() throws Exception {
        assertThat(mvc.perform(get("/api/log/proof/inclusion?index=0&size=2")).andReturn().getResponse()
                .getHeader("Cache-Control")).contains("immutable");
        assertThat(mvc.perform(get("/api/log/entries?start=0&end=2")).andReturn().getResponse()
                .getHeader("Cache-Control")).contains("max-age");
        assertThat(mvc.perform(get("/log/checkpoint")).andReturn().getResponse().getHeader("Cache-Control")).contains("no-cache");
    }

    @Test
    void openApiDescribesTheLogApi() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(docs).contains("/api/log/entries", "/api/log/proof/inclusion", "/api/log/proof/consistency", "/api/log/keys");
    }
}
