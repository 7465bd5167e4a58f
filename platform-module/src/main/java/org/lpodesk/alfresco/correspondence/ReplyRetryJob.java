package org.lpodesk.alfresco.correspondence;

import org.alfresco.schedule.AbstractScheduledLockedJob;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * Tries again the replies whose mail server failed them, when their next attempt is due; on one
 * node of a cluster at a time (Alfresco's job lock).
 */
public final class ReplyRetryJob extends AbstractScheduledLockedJob {

    @Override
    public void executeJob(JobExecutionContext context) throws JobExecutionException {
        ReplySender sender = (ReplySender) context.getJobDetail().getJobDataMap().get("replySender");
        sender.retryDue();
    }
}
