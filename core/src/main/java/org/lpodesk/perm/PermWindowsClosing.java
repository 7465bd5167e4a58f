package org.lpodesk.perm;

import org.lpodesk.cases.CaseStatus;
import org.lpodesk.cases.upcoming.UpcomingDeadlines;
import org.lpodesk.dates.CalendarDates;

/**
 * The PERM cases whose next open clock (wage validity, filing window, audit response, I-140)
 * falls in a window, nearest first: the query the "PERM windows closing" dashlet's service runs on
 * the database, over the clock the repository keeps on each case ({@code imm:permNextClock}).
 */
public final class PermWindowsClosing {

    private PermWindowsClosing() {
    }

    /** Alfresco's CMIS dialect; the aspect joined by object id, as its database query engine accepts. */
    public static String cmisQuery(UpcomingDeadlines.Window window) {
        return "SELECT c.cmis:objectId AS id FROM imm:case AS c JOIN imm:permCase AS p ON c.cmis:objectId = p.cmis:objectId"
                + " WHERE p.imm:permNextClock >= TIMESTAMP '" + CalendarDates.cmisTimestamp(window.from()) + "'"
                + " AND p.imm:permNextClock < TIMESTAMP '" + CalendarDates.cmisTimestamp(window.to().plusDays(1)) + "'"
                + " AND " + CaseStatus.cmisOpenCondition("c")
                + " ORDER BY p.imm:permNextClock ASC, c.imm:caseNumber ASC";
    }
}
