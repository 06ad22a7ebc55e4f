package campus.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import campus.CampusTest;
import campus.Fixtures;
import campus.shared.Modality;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The anonymous catalogue cache never shows a stale catalogue after a change, nor serves signed-in callers. */
@CampusTest
class AnonymousPageCacheTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired CatalogueApi catalogue;

    @Test
    void aChangeShowsAtOnce() throws Exception {
        String before = get("/catalogue", null);
        assertThat(get("/catalogue", null)).isEqualTo(before);
        long id = fixtures.activity(Modality.SELF_GUIDED, null, false, "en", java.time.LocalDate.now());
        String title = catalogue.find(id, "en").orElseThrow().title();
        assertThat(get("/catalogue", null)).contains(title);
        assertThat(get("/api/activities?size=100", null)).contains(title);
        catalogue.changeStatus(id, ActivityStatus.ARCHIVED);
        assertThat(get("/catalogue", null)).doesNotContain(title);
    }

    @Test
    void signedInCallersAreNotServedTheAnonymousCopy() throws Exception {
        String anonymous = get("/catalogue", null);
        assertThat(get("/catalogue", null)).isEqualTo(anonymous).doesNotContain("href=\"/my-learning\"");
        String token = fixtures.apiToken(fixtures.person());
        // the signed-in visitor's page has their menu: it was rendered for them, not taken from the cache
        assertThat(get("/catalogue", token)).contains("href=\"/my-learning\"");
        assertThat(get("/catalogue", null)).doesNotContain("href=\"/my-learning\"");
    }

    private String get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
