package campus.credentials.internal.proof;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.context.cache.LruCache;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTimeTicker;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonObject;
import java.io.StringWriter;

/**
 * RDF Dataset Canonicalization (RDFC-1.0) of a JSON-LD document, as the eddsa-rdfc-2022 cryptosuite
 * hashes it: JSON-LD to RDF with the bundled contexts, canonical blank node labels, N-Quads. The
 * output matches the reference JavaScript canonicalizer byte for byte.
 */
public final class Canonicalizer {

    // titanium's caches are not thread-safe: one set of options (and caches) per thread
    private static final ThreadLocal<JsonLdOptions> OPTIONS = ThreadLocal.withInitial(() -> {
        JsonLdOptions options = new JsonLdOptions(BundledContexts.INSTANCE);
        options.setDocumentCache(new LruCache<>(64));
        options.setContextCache(new LruCache<>(256));
        return options;
    });

    /**
     * Anyone may submit a credential to verify, and some RDF graphs ("poison" datasets) make RDFC-1.0
     * work exponentially: give up after this long. An issued credential takes well under a millisecond.
     */
    static final long TIME_LIMIT_MILLIS = 1000;

    private Canonicalizer() {
    }

    /** The canonical N-Quads; throws InvalidDocument when the document is not valid JSON-LD for us. */
    public static String canonicalize(JsonObject document) {
        try {
            RdfCanon canon = RdfCanon.create("SHA-256", new RdfCanonTimeTicker(TIME_LIMIT_MILLIS));
            JsonLd.toRdf(JsonDocument.of(document)).options(OPTIONS.get()).provide(canon);
            StringWriter out = new StringWriter(2048);
            canon.provide(new NQuadsWriter(out));
            return out.toString();
        } catch (JsonLdError e) {
            throw new InvalidDocument("not valid JSON-LD: " + e.getMessage());
        } catch (RdfConsumerException e) {
            throw new InvalidDocument("cannot canonicalize: " + e.getMessage());
        } catch (IllegalStateException tooComplex) {
            throw new InvalidDocument("too complex to canonicalize within " + TIME_LIMIT_MILLIS + " ms");
        }
    }
}
