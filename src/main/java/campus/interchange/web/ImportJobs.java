package campus.interchange.web;

import campus.interchange.ReadResult;
import campus.interchange.internal.ImportProgress;
import campus.reporting.ReportingApi;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs uploaded imports in the background, one at a time, so that a long one does not hold its request:
 * two imports at once would only compete for the same tables, and each is all-or-nothing anyway.
 * The jobs live in memory, the last few kept for their status pages: a restart forgets them, and an import
 * running then loses its transaction, which rolls back, so nothing is half written. After an import that
 * wrote, the reports' index is brought up to date on the same thread, once the job shows as finished: the
 * administrator's next look at the dashboard would otherwise wait for it (seconds at a million enrolments).
 */
@Component
public class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final int KEPT = 20;

    private final ReportingApi reporting;
    private final SecureRandom random = new SecureRandom();
    private final AtomicReference<ImportJob> running = new AtomicReference<>();
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportJob> eldest) {
            return size() > KEPT;
        }
    };
    private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "campus-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(ReportingApi reporting) {
        this.reporting = reporting;
    }

    /** Whether an import is running, so that an upload is refused before it is unpacked for nothing. */
    public boolean busy() {
        return running.get() != null;
    }

    /**
     * Starts the work unless another import runs; cleanup runs when it ends, however it ends. Empty when
     * refused, and then the work and its cleanup are the caller's.
     */
    public Optional<ImportJob> start(Function<ImportProgress, ReadResult> work, Runnable cleanup) {
        ImportJob job = new ImportJob(newId());
        if (!running.compareAndSet(null, job)) {
            return Optional.empty();
        }
        synchronized (jobs) {
            jobs.put(job.id(), job);
        }
        executor.execute(() -> run(job, work, cleanup));
        return Optional.of(job);
    }

    public Optional<ImportJob> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    private void run(ImportJob job, Function<ImportProgress, ReadResult> work, Runnable cleanup) {
        ReadResult result = null;
        try {
            result = work.apply(job);
        } catch (RuntimeException | Error e) {
            log.error("the import {} failed; nothing was written", job.id(), e);
        } finally {
            cleanup.run();
            // free before the result shows, so whoever sees it finished may start the next one at once
            running.compareAndSet(job, null);
        }
        job.finish(result);
        if (result != null && result.ok()) {
            try {
                reporting.prepare();
            } catch (RuntimeException e) {
                // the next report builds it instead
                log.warn("the reports could not be prepared after the import {}", job.id(), e);
            }
        }
    }

    private String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
