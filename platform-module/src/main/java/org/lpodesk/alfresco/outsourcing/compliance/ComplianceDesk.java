package org.lpodesk.alfresco.outsourcing.compliance;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lpodesk.alfresco.outsourcing.RepositoryEngagements;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.Vendor;
import org.lpodesk.outsourcing.compliance.ComplianceJson;
import org.lpodesk.outsourcing.compliance.ComplianceOverview;
import org.lpodesk.outsourcing.compliance.ComplianceTexts;
import org.lpodesk.outsourcing.compliance.VendorStanding;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * What the compliance web scripts share: the onboarded vendors, the firm's today and language,
 * and the standings core computes for them, so that the page and the answer to a recorded
 * attestation are the same facts on the same day.
 */
public final class ComplianceDesk {

    private final ComplianceOverview overview;
    private final RepositoryEngagements engagements;
    private final FirmCalendar calendar;
    private final Locale locale;
    private final Clock clock;

    public ComplianceDesk(ComplianceOverview overview, RepositoryEngagements engagements, FirmCalendar calendar,
                          String firmLocale, Clock clock) {
        this.overview = overview;
        this.engagements = engagements;
        this.calendar = calendar;
        this.locale = Locale.forLanguageTag(firmLocale);
        this.clock = clock;
    }

    public LocalDate today() {
        return calendar.today(clock);
    }

    public Clock clock() {
        return clock;
    }

    public ComplianceJson json() {
        return new ComplianceJson(overview);
    }

    /** Every onboarded vendor's standing today, by vendor id. */
    public List<VendorStanding> all() {
        return overview.vendors(engagements.all().stream().map(Engagement::vendor).toList(), today(), locale);
    }

    public Map<String, Object> standing(Vendor vendor) {
        return json().vendor(overview.vendor(vendor, today(), locale));
    }

    /** The onboarded vendor, or empty after answering 404 naming it. */
    public Optional<Vendor> vendorOrNotFound(String vendorId, WebScriptResponse res) throws IOException {
        Optional<Vendor> vendor = engagements.engagement(vendorId).map(Engagement::vendor);
        if (vendor.isEmpty()) {
            JsonExchange.error(res, Status.STATUS_NOT_FOUND, new IllegalArgumentException(
                    ComplianceTexts.unknownVendor(vendorId)));
        }
        return vendor;
    }
}
