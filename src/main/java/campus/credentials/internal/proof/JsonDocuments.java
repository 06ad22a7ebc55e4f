package campus.credentials.internal.proof;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * The one JSON provider credentials use: {@code jakarta.json.Json}'s static methods look the provider
 * up through the ServiceLoader on every call, which costs more than signing a credential.
 */
public final class JsonDocuments {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonDocuments() {
    }

    /** Parses a JSON object; throws jakarta.json.JsonException (a RuntimeException) when it is not one. */
    public static JsonObject parse(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
