package campus.credentials.internal;

import campus.credentials.CredentialsViewed;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts views of public credential pages without slowing the page: a view goes into a memory buffer,
 * and a scheduled flush (every campus.credentials.view-flush-interval, one second by default) stores
 * the buffer in one batch and publishes the views for reporting in the same transaction. The price:
 * views recorded since the last flush are lost if the process dies (a clean shutdown flushes them),
 * and so is a batch the database refuses (logged).
 */
@Component
public class CredentialViews {

    /** Views per event: ~175 characters each as JSON, and the event publication log holds 4,000 at most. */
    static final int EVENT_BATCH = 20;
    /** Views waiting for one flush beyond this (a flood) are dropped rather than filling the memory. */
    static final int MAX_PENDING = 100_000;

    private static final Logger log = LoggerFactory.getLogger(CredentialViews.class);

    private final ConcurrentLinkedQueue<CredentialsViewed.View> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final ViewStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CredentialViews(ViewStore store, ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** One view of a credential's page by the viewer with this pseudonym, now. */
    public void record(String credentialId, String viewer) {
        if (size.incrementAndGet() > MAX_PENDING) {
            size.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        pending.add(new CredentialsViewed.View(credentialId, clock.instant().truncatedTo(ChronoUnit.MILLIS), viewer));
    }

    /** Stores and publishes every buffered view; safe to call from several threads (each takes its own views). */
    @Scheduled(fixedDelayString = "${campus.credentials.view-flush-interval:PT1S}")
    public void flush() {
        int lost = dropped.getAndSet(0);
        if (lost > 0) {
            log.warn("{} credential views were dropped: {} were already waiting to be stored", lost, MAX_PENDING);
        }
        List<CredentialsViewed.View> batch = new ArrayList<>();
        for (CredentialsViewed.View v; (v = pending.poll()) != null; ) {
            size.decrementAndGet();
            batch.add(v);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> {
                store.insertAll(batch);
                for (int from = 0; from < batch.size(); from += EVENT_BATCH) {
                    events.publishEvent(new CredentialsViewed(List.copyOf(batch.subList(from,
                            Math.min(batch.size(), from + EVENT_BATCH)))));
                }
            });
        } catch (RuntimeException e) {
            log.error("{} credential views could not be stored and are lost", batch.size(), e);
        }
    }

    @PreDestroy
    void flushOnShutdown() {
        flush();
    }
}
