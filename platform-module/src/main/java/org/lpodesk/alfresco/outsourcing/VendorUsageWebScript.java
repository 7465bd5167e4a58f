package org.lpodesk.alfresco.outsourcing;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import org.lpodesk.alfresco.outsourcing.report.ReportViewers;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.report.MonthlyUsageJson;
import org.lpodesk.outsourcing.report.ReportViewer;
import org.lpodesk.outsourcing.report.VendorUsageQuery;
import org.lpodesk.outsourcing.usage.MonthlyUsage;
import org.lpodesk.outsourcing.usage.MonthlyUsageCsv;
import org.lpodesk.outsourcing.usage.UsageLedger;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /lpodesk/vendors/{vendorId}/usage?month=YYYY-MM&format=json|csv}: a vendor's month
 * (tasks, SLA compliance, package hours, overage, fees) for the firm's administrators and
 * attorneys. 400 for a malformed argument, 403 for anyone else (vendor users included: one
 * vendor never sees another's figures), 404 for an unknown vendor.
 */
public final class VendorUsageWebScript extends AbstractWebScript {

    private final ReportViewers viewers;
    private final RepositoryEngagements engagements;
    private final UsageLedger ledger;

    public VendorUsageWebScript(ReportViewers viewers, RepositoryEngagements engagements, UsageLedger ledger) {
        this.viewers = viewers;
        this.engagements = engagements;
        this.ledger = ledger;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        VendorUsageQuery query;
        try {
            query = VendorUsageQuery.parse(JsonExchange.arguments(req));
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        // who counts as the firm is the reports' rule (ReportViewers), decided in one place
        if (viewers.current().role() != ReportViewer.Role.FIRM) {
            JsonExchange.error(res, Status.STATUS_FORBIDDEN, new IllegalStateException(
                    "Vendor usage is shown to firm administrators and attorneys only."));
            return;
        }
        Optional<Engagement> engagement = engagements.engagement(query.vendorId());
        if (engagement.isEmpty()) {
            JsonExchange.error(res, Status.STATUS_NOT_FOUND, new IllegalArgumentException(
                    "No vendor '" + query.vendorId() + "' is onboarded."));
            return;
        }
        MonthlyUsage usage = ledger.monthly(engagement.get(), query.month());
        if (query.format() == VendorUsageQuery.Format.CSV) {
            Writer writer = JsonExchange.csv(res, query.csvFileName());
            new MonthlyUsageCsv().write(usage, writer);
            writer.flush();
        } else {
            JsonExchange.write(res, Status.STATUS_OK, MonthlyUsageJson.toMap(usage));
        }
    }
}
