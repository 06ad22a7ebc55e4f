package campus.credentials.internal.proof;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The JSON-LD contexts credentials use, bundled with the platform (src/main/resources/jsonld, as
 * published) and never fetched: a credential that names any other context is refused, so no
 * verification depends on the network or on a third party's server.
 */
public final class BundledContexts implements DocumentLoader {

    public static final BundledContexts INSTANCE = new BundledContexts();

    private final Map<String, JsonStructure> documents = new HashMap<>();

    private BundledContexts() {
        JsonObject index = read("jsonld/index.json").asJsonObject();
        index.forEach((url, file) -> documents.put(url, read("jsonld/" + ((jakarta.json.JsonString) file).getString())));
    }

    public boolean knows(String url) {
        return documents.containsKey(url);
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        JsonStructure json = documents.get(url.toString());
        if (json == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "context not bundled: " + url);
        }
        JsonDocument document = JsonDocument.of(json);
        document.setDocumentUrl(url);
        return document;
    }

    private static JsonStructure read(String resource) {
        try (InputStream in = BundledContexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return Json.createReader(in).read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
