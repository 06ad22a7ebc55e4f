package campus.credentials.internal.proof;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.cache.LruCache;
import com.apicatalog.jsonld.deseralization.JsonLdToRdf;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.expansion.Expansion;
import com.apicatalog.jsonld.flattening.NodeMap;
import com.apicatalog.jsonld.flattening.NodeMapBuilder;
import com.apicatalog.jsonld.json.JsonUtils;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTimeTicker;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RDF Dataset Canonicalization (RDFC-1.0) of a JSON-LD document, as the eddsa-rdfc-2022 cryptosuite
 * hashes it: JSON-LD to RDF with the bundled contexts, canonical blank node labels, N-Quads. The
 * output matches the reference JavaScript canonicalizer byte for byte.
 *
 * <p>Processing the VC 2.0 and OB 3.0 contexts costs about ten times the rest of the work, and every
 * credential names the same few: each thread keeps the processed context of each top-level
 * {@code @context} it has seen and expands the document body against it (the JSON-LD expansion
 * algorithm applies a top-level context first, so the result is the same; {@link #canonicalizeSlowly}
 * does it the ordinary way, and a test compares the two).
 */
public final class Canonicalizer {

    private static final int CONTEXTS_PER_THREAD = 16;

    // titanium's caches and contexts are not thread-safe: one set per thread
    private static final ThreadLocal<JsonLdOptions> OPTIONS = ThreadLocal.withInitial(() -> {
        JsonLdOptions options = new JsonLdOptions(BundledContexts.INSTANCE);
        options.setDocumentCache(new LruCache<>(64));
        options.setContextCache(new LruCache<>(256));
        return options;
    });
    private static final ThreadLocal<Map<JsonValue, ActiveContext>> CONTEXTS = ThreadLocal.withInitial(
            () -> new LinkedHashMap<>(CONTEXTS_PER_THREAD, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<JsonValue, ActiveContext> eldest) {
                    return size() > CONTEXTS_PER_THREAD;
                }
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
        JsonValue context = document.get("@context");
        if (context == null) {
            return canonicalizeSlowly(document);
        }
        try {
            ActiveContext active = processed(context);
            JsonObject body = JsonDocuments.JSON.createObjectBuilder(document).remove("@context").build();
            JsonValue expanded = Expansion.with(active, body, null, null).compute();
            if (JsonUtils.isObject(expanded) && expanded.asJsonObject().size() == 1
                    && expanded.asJsonObject().containsKey("@graph")) {
                expanded = expanded.asJsonObject().get("@graph");
            }
            RdfCanon canon = RdfCanon.create("SHA-256");
            if (!JsonUtils.isNull(expanded)) {
                JsonLdOptions options = OPTIONS.get();
                JsonLdToRdf.with(NodeMapBuilder.with(JsonUtils.toJsonArray(expanded), new NodeMap()).build())
                        .produceGeneralizedRdf(options.isProduceGeneralizedRdf())
                        .rdfDirection(options.getRdfDirection())
                        .uriValidation(options.getUriValidation())
                        .provide(canon);
            }
            return nquads(canon);
        } catch (JsonLdError e) {
            throw new InvalidDocument("not valid JSON-LD: " + e.getMessage());
        }
    }

    /** The same through titanium's public API, processing the contexts every time. */
    public static String canonicalizeSlowly(JsonObject document) {
        try {
            RdfCanon canon = RdfCanon.create("SHA-256", new RdfCanonTimeTicker(TIME_LIMIT_MILLIS));
            JsonLd.toRdf(JsonDocument.of(document)).options(OPTIONS.get()).provide(canon);
            return nquads(canon);
        } catch (JsonLdError e) {
            throw new InvalidDocument("not valid JSON-LD: " + e.getMessage());
        }
    }

    private static ActiveContext processed(JsonValue context) throws JsonLdError {
        Map<JsonValue, ActiveContext> cache = CONTEXTS.get();
        ActiveContext active = cache.get(context);
        if (active == null) {
            active = new ActiveContext(null, null, ProcessingRuntime.of(OPTIONS.get())).newContext()
                    .create(context, null);
            cache.put(context, active);
        }
        return active;
    }

    private static String nquads(RdfCanon canon) {
        StringWriter out = new StringWriter(2048);
        try {
            canon.provide((RdfQuadConsumer) new NQuadsWriter(out));
        } catch (RdfConsumerException e) {
            throw new InvalidDocument("cannot canonicalize: " + e.getMessage());
        } catch (IllegalStateException tooComplex) {
            throw new InvalidDocument("too complex to canonicalize within " + TIME_LIMIT_MILLIS + " ms");
        }
        return out.toString();
    }
}
