package org.lpodesk.alfresco.uscis;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.schedule.AbstractScheduledLockedJob;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The daily USCIS status checks: Alfresco's locked job, so that one node of a cluster runs them
 * (JobLockService); the work is {@link ScheduledStatusRun}'s, as the system user.
 */
public final class UscisStatusJob extends AbstractScheduledLockedJob {

    @Override
    public void executeJob(JobExecutionContext context) throws JobExecutionException {
        Object run = context.getJobDetail().getJobDataMap().get("scheduledStatusRun");
        if (!(run instanceof ScheduledStatusRun checks)) {
            throw new JobExecutionException("The USCIS status job has no scheduledStatusRun in its job data");
        }
        AuthenticationUtil.runAsSystem(checks::run);
    }
}
