package org.lpodesk.alfresco.outsourcing.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.lpodesk.alfresco.outsourcing.RepositoryEngagements;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.outsourcing.report.Granularity;
import org.lpodesk.outsourcing.report.OutsourcingReports;
import org.lpodesk.outsourcing.report.Quarter;
import org.lpodesk.outsourcing.report.Report;
import org.lpodesk.outsourcing.report.ReportQuery;
import org.lpodesk.outsourcing.report.ReportViewer;
import org.lpodesk.outsourcing.report.ScorecardPdf;
import org.springframework.extensions.surf.util.I18NUtil;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /lpodesk/reports/scorecard?vendor=&quarter=2026Q3}: a vendor's quarterly scorecard as
 * a PDF, rendered here so that every client prints the same figures the reports show. The firm's
 * administrators and attorneys get the firm's copy; a vendor's managers their own (vendor may be
 * left out); others 403; 400 names a bad argument.
 */
public final class VendorScorecardWebScript extends AbstractWebScript {

    private final OutsourcingReports reports;
    private final ReportViewers viewers;
    private final RepositoryEngagements engagements;
    private final Clock clock;

    public VendorScorecardWebScript(OutsourcingReports reports, ReportViewers viewers, RepositoryEngagements engagements,
                                    Clock clock) {
        this.reports = reports;
        this.viewers = viewers;
        this.engagements = engagements;
        this.clock = clock;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        byte[] pdf;
        String fileName;
        try {
            RequestArguments args = JsonExchange.arguments(req);
            ReportViewer viewer = viewers.current();
            Quarter quarter = Quarter.parse(args.requiredText("quarter"));
            String vendor = args.optionalText("vendor").orElse(viewer.vendorId());
            if (vendor == null) {
                throw new InvalidArgumentException("vendor", org.lpodesk.api.ApiMessages.format("argument.missing", "vendor"));
            }
            Report byKind = reports.report(ReportQuery.of(quarter.firstDay(), quarter.lastDay(), vendor, null,
                    Granularity.QUARTER, viewers.knownVendors(), viewer));
            Report byMonth = reports.report(ReportQuery.of(quarter.firstDay(), quarter.lastDay(), vendor, null,
                    Granularity.MONTH, viewers.knownVendors(), viewer));
            String name = engagements.engagement(vendor).map(e -> e.vendor().name()).orElse(vendor);
            // the caller's language where the bundle has it (English otherwise)
            pdf = new ScorecardPdf(reports.settings(), I18NUtil.getLocale()).render(name, quarter, byKind, byMonth,
                    LocalDate.now(clock.withZone(reports.settings().firmZone())));
            fileName = "scorecard-" + vendor + "-" + quarter + ".pdf";
        } catch (NotAllowedException refused) {
            JsonExchange.error(res, Status.STATUS_FORBIDDEN, refused);
            return;
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        res.setStatus(Status.STATUS_OK);
        res.setContentType("application/pdf");
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("Content-Disposition", "inline; filename=\"" + fileName + "\"");
        OutputStream out = res.getOutputStream();
        out.write(pdf);
        out.flush();
    }
}
