package org.lpodesk.review.workflow;

import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;

/**
 * Complete listener of decision tasks with no rule of their own (LPO quality review, revision):
 * copies the checked outcome to the process for the gateway.
 */
public final class CopyOutcomeTaskListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void notify(DelegateTask task) {
        TaskOutcomes.copyToProcess(task);
    }
}
