package campus.credentials.internal;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Runs a step once the current transaction has committed, so other readers see the change first. */
final class AfterCommit {

    private AfterCommit() {
    }

    static void run(Runnable step) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            step.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                step.run();
            }
        });
    }
}
