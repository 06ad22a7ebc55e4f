package campus.interchange.internal;

import campus.reporting.ReportingApi;
import campus.reporting.ResultsData;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.LongConsumer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an import's checked files on a thread of its own, all in one transaction, while the reader goes on
 * checking the later files: on two cores checking and writing then take about as long as writing alone. The
 * transaction commits only when the reader says the whole folder is valid; a problem found in a later file
 * rolls back what was written of the earlier ones, so the import stays all or nothing.
 */
final class ImportWriter implements CheckedFiles {

    private static final Object COMMIT = new Object();
    private static final Object ROLL_BACK = new Object();

    private final BlockingQueue<Object> parts = new LinkedBlockingQueue<>();
    private final ReportingApi reporting;
    private final TransactionTemplate transactions;
    private final LongConsumer written;
    private final Thread thread;
    private volatile Throwable failure;
    private boolean ended;

    /** Starts the writing thread; it waits for parts, and for {@link #commit()} or {@link #rollBack()}. */
    ImportWriter(ReportingApi reporting, TransactionTemplate transactions, LongConsumer written) {
        this.reporting = reporting;
        this.transactions = transactions;
        this.written = written;
        this.thread = new Thread(this::write, "campus-import-writer");
        thread.start();
    }

    @Override
    public void checked(ResultsData part) {
        if (failure == null) {
            parts.add(part);
        }
    }

    /** Drops what is still waiting to be written and lets the writer roll back, without waiting for it. */
    @Override
    public void failed() {
        parts.clear();
        signal(ROLL_BACK);
    }

    /** Commits everything handed on, once written; a failure of the writing is thrown here. */
    void commit() {
        end(COMMIT);
        if (failure != null) {
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
    }

    /** Rolls back whatever was written (idempotent: the reader may say so early and its caller again). */
    void rollBack() {
        end(ROLL_BACK);
    }

    private void end(Object how) {
        signal(how);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the import was being written", e);
        }
    }

    private void signal(Object how) {
        if (!ended) {
            ended = true;
            parts.add(how);
        }
    }

    private void write() {
        try {
            transactions.executeWithoutResult(status -> {
                long before = 0;
                while (true) {
                    Object next = take();
                    if (next == COMMIT) {
                        return;
                    }
                    if (next == ROLL_BACK) {
                        status.setRollbackOnly();
                        return;
                    }
                    ResultsData part = (ResultsData) next;
                    long offset = before;
                    reporting.record(part, count -> written.accept(offset + count));
                    before += part.records();
                }
            });
        } catch (Throwable e) {
            failure = e;
        }
    }

    private Object take() {
        try {
            return parts.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the import", e);
        }
    }
}
