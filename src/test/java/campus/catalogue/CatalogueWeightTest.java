package campus.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import campus.CampusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Learners on a poor connection: the catalogue page with every asset it loads (stylesheet,
 * scripts, images) transfers under 150 KB, compressed as a browser would receive it.
 */
@CampusTest
class CatalogueWeightTest {

    static final int BUDGET_BYTES = 150 * 1024;

    @LocalServerPort int port;

    @Test
    void catalogueWithAllAssetsStaysUnderBudget() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> page = get(http, "/catalogue");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = new String(maybeGunzip(page), java.nio.charset.StandardCharsets.UTF_8);
        List<String> assets = new ArrayList<>();
        Matcher m = Pattern.compile("(?:src|href)=\"(/(?:assets|webjars)/[^\"]+)\"").matcher(html);
        while (m.find()) {
            assets.add(m.group(1));
        }
        assertThat(assets).as("the page loads its stylesheet and htmx").hasSizeGreaterThanOrEqualTo(2);
        long total = page.body().length;
        for (String asset : assets) {
            HttpResponse<byte[]> response = get(http, asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            total += response.body().length;
        }
        assertThat(total).as("bytes transferred for the catalogue page and " + assets).isLessThan(BUDGET_BYTES);
    }

    private HttpResponse<byte[]> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", "gzip").header("Accept", "text/html,*/*").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] maybeGunzip(HttpResponse<byte[]> response) throws Exception {
        if (response.headers().firstValue("Content-Encoding").orElse("").contains("gzip")) {
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
                return in.readAllBytes();
            }
        }
        return response.body();
    }
}
