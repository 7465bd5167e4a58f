package org.lpodesk.outsourcing.workflow;

import java.util.Optional;
import org.lpodesk.outsourcing.BusinessCalendar;
import org.lpodesk.outsourcing.Engagement;

/** Port: the firm's vendor records (the Alfresco adapter reads them from the repository). */
public interface EngagementPort {

    /** The vendor's current engagement (it names the vendor), or empty for an unknown vendor id. */
    Optional<Engagement> engagement(String vendorId);

    /** The vendor's business days for turnaround. */
    default BusinessCalendar vendorCalendar(String vendorId) {
        return BusinessCalendar.WEEKDAYS;
    }
}
