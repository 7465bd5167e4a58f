package org.lpodesk.alfresco.perm;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.schedule.AbstractScheduledLockedJob;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The scheduled PERM reminders: Alfresco's locked job, so that one node of a cluster runs it
 * (JobLockService); the work is {@link PermReminderRun}'s, as the system user.
 */
public final class PermReminderJob extends AbstractScheduledLockedJob {

    @Override
    public void executeJob(JobExecutionContext context) throws JobExecutionException {
        Object run = context.getJobDetail().getJobDataMap().get("permReminderRun");
        if (!(run instanceof PermReminderRun reminders)) {
            throw new JobExecutionException("The PERM reminder job has no permReminderRun in its job data");
        }
        AuthenticationUtil.runAsSystem(reminders::run);
    }
}
