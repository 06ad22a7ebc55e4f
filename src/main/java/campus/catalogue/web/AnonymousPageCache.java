package campus.catalogue.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import campus.catalogue.internal.CatalogueVersion;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Micro-cache of the public catalogue (page and API) for anonymous visitors, who all see the same
 * thing for the same address, language and day. An entry lives a few seconds and dies at once when
 * this instance changes the catalogue; another instance's change shows within the time to live.
 * Anyone signed in (a session or a bearer token) is never served from it.
 */
@Component
@ConditionalOnWebApplication
class AnonymousPageCache extends OncePerRequestFilter {

    private static final int MAX_ENTRIES = 2000;

    /** A rendered response, kept also gzipped so that hits cost no compression. */
    private record Entry(byte[] body, byte[] gzipped, String contentType, String contentLanguage, long version,
                         long expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
    private final CatalogueVersion version;
    private final LocaleResolver locales;
    private final Clock clock;
    private final long timeToLiveMillis;

    AnonymousPageCache(CatalogueVersion version, LocaleResolver locales, Clock clock,
                       @Value("${campus.catalogue.anonymous-cache:PT10S}") Duration timeToLive) {
        this.version = version;
        this.locales = locales;
        this.clock = clock;
        this.timeToLiveMillis = timeToLive.toMillis();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return timeToLiveMillis <= 0 || !"GET".equals(request.getMethod())
                || !(path.equals("/catalogue") || path.equals("/api/activities"))
                || request.getHeader("Authorization") != null || request.getRequestedSessionId() != null
                || request.getParameter("lang") != null; // a language switch sets a cookie: let it through
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        long now = clock.millis();
        long current = version.current();
        Entry hit = entries.get(key);
        response.setHeader("Vary", "Accept-Language, Cookie, HX-Request");
        boolean fresh = hit != null && hit.version() == current && hit.expiresAt() > now;
        // when an entry has just expired, one request renders it anew while the others still get the
        // old copy (the catalogue did not change here): no burst of identical renders every few seconds
        boolean someoneRefreshes = hit != null && hit.version() == current && !fresh && !refreshing.add(key);
        if (fresh || someoneRefreshes) {
            response.setContentType(hit.contentType());
            if (hit.contentLanguage() != null) {
                response.setHeader("Content-Language", hit.contentLanguage());
            }
            String accepted = request.getHeader("Accept-Encoding");
            byte[] body = hit.body();
            if (accepted != null && accepted.contains("gzip")) {
                response.setHeader("Content-Encoding", "gzip"); // Tomcat leaves an encoded body alone
                body = hit.gzipped();
            }
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, capture);
        } finally {
            refreshing.remove(key);
        }
        if (capture.getStatus() == 200 && request.getSession(false) == null) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            byte[] body = capture.getContentAsByteArray();
            entries.put(key, new Entry(body, gzip(body), capture.getContentType(),
                    capture.getHeader("Content-Language"), current, now + timeToLiveMillis));
        }
        capture.copyBodyToResponse();
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.toByteArray();
    }

    private String key(HttpServletRequest request) {
        return request.getRequestURI() + '?' + request.getQueryString() + '|' + locales.resolveLocale(request)
                + '|' + (request.getHeader("HX-Request") != null) + '|' + LocalDate.now(clock);
    }
}
