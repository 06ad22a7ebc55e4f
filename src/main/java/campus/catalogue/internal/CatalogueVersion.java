package campus.catalogue.internal;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** Counts changes to the catalogue made by this instance, so caches of its pages know when they are stale. */
@Component
public class CatalogueVersion {

    private final AtomicLong version = new AtomicLong();

    public long current() {
        return version.get();
    }

    void changed() {
        version.incrementAndGet();
    }
}
