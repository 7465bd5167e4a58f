package org.lpodesk.alfresco.outsourcing.report;

import java.io.IOException;
import java.io.Writer;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.outsourcing.report.OutsourcingReports;
import org.lpodesk.outsourcing.report.Report;
import org.lpodesk.outsourcing.report.ReportCsv;
import org.lpodesk.outsourcing.report.ReportJson;
import org.lpodesk.outsourcing.report.ReportOutput;
import org.lpodesk.outsourcing.report.ReportQuery;
import org.lpodesk.outsourcing.report.ReportViewer;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /lpodesk/reports/outsourcing?from=&to=&vendor=&kind=&granularity=month|quarter&format=json|csv&table=}:
 * the outsourcing indicators per vendor × task kind × period, per case and per attorney, computed by
 * core from Activiti's history. Firm administrators and attorneys see every vendor; a vendor's
 * managers get their own scorecard (no client data); anyone else 403. 400 names the bad argument.
 */
public final class OutsourcingReportWebScript extends AbstractWebScript {

    private final OutsourcingReports reports;
    private final ReportViewers viewers;

    public OutsourcingReportWebScript(OutsourcingReports reports, ReportViewers viewers) {
        this.reports = reports;
        this.viewers = viewers;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        Report report;
        ReportOutput output;
        try {
            RequestArguments args = JsonExchange.arguments(req);
            ReportViewer viewer = viewers.current();
            ReportQuery query = ReportQuery.parse(args, viewers.knownVendors(), viewer);
            output = ReportOutput.parse(args);
            // a vendor's query is its own scorecard: core answers it with the vendor view
            report = reports.report(query);
        } catch (NotAllowedException refused) {
            JsonExchange.error(res, Status.STATUS_FORBIDDEN, refused);
            return;
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        if (output.csv()) {
            Writer writer = JsonExchange.csv(res,
                    report.query().csvFileName(output.table().name().toLowerCase(java.util.Locale.ROOT)));
            new ReportCsv().write(report, output.table(), writer);
            writer.flush();
        } else {
            JsonExchange.write(res, Status.STATUS_OK, new ReportJson(reports.settings()).toMap(report));
        }
    }
}
