package tongxing.coordinator.coverage;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tongxing.coordinator.registry.OwnEnterpriseCoverageChanged;
import tongxing.enterprise.EnterpriseReclassified;
import tongxing.enterprise.EnterpriseRegistered;
import tongxing.platform.scheduling.SchedulerLifecycle;

import java.time.Instant;

/**
 * Asks for the whole coverage snapshot to be recomputed once a change commits: new enterprises in the
 * registry (a bulk load announces each one, but asks once per transaction), an edit that moves an
 * enterprise to another region, size class or status, an in-house coordinator's own enterprise. The work goes to the persistent scheduler (one waiting run at most); where this
 * node does not poll (the test profile) it runs at once, after the commit, in a transaction of its own.
 */
@Component
class CoverageFigureRequests {

    private static final Object ASKED_IN_THIS_TRANSACTION = new Object();

    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> task;
    private final SchedulerLifecycle lifecycle;
    private final CoverageFigures figures;
    private final TransactionTemplate separate;

    CoverageFigureRequests(SchedulerClient scheduler, OneTimeTask<Void> coverageFiguresSoon, SchedulerLifecycle lifecycle,
                           CoverageFigures figures, PlatformTransactionManager transactions) {
        this.scheduler = scheduler;
        this.task = coverageFiguresSoon;
        this.lifecycle = lifecycle;
        this.figures = figures;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void onEnterpriseRegistered(EnterpriseRegistered registered) {
        requestAfterCommit();
    }

    @EventListener
    void onEnterpriseReclassified(EnterpriseReclassified reclassified) {
        requestAfterCommit();
    }

    @EventListener
    void onOwnEnterpriseCoverageChanged(OwnEnterpriseCoverageChanged changed) {
        requestAfterCommit();
    }

    /** Once per transaction, whatever the number of changes in it; at once when there is no transaction. */
    void requestAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            request();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(ASKED_IN_THIS_TRANSACTION)) return;
        TransactionSynchronizationManager.bindResource(ASKED_IN_THIS_TRANSACTION, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                request();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ASKED_IN_THIS_TRANSACTION);
            }
        });
    }

    private void request() {
        if (lifecycle.polling()) scheduler.scheduleIfNotExists(task.instance("all"), Instant.now());
        else separate.executeWithoutResult(status -> figures.refreshAll());
    }
}
