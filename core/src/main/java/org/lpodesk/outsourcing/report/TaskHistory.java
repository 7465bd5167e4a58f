package org.lpodesk.outsourcing.report;

import java.time.Instant;
import java.util.List;

/**
 * Port: the outsourcing tasks as the workflow history records them. The Activiti implementation
 * is {@link ActivitiTaskHistory}; tests hand over generated tasks.
 */
public interface TaskHistory {

    /**
     * The tasks requested in {@code [fromInclusive, toExclusive)} and the tasks that ended in it
     * (a task requested earlier but delivered in the range carries its hours and cost into it),
     * without usage records (the reports join the ledger's).
     */
    List<OutsourcedTask> tasks(Instant fromInclusive, Instant toExclusive);
}
