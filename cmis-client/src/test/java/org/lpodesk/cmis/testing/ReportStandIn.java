package org.lpodesk.cmis.testing;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lpodesk.api.Json;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.billing.Billing;
import org.lpodesk.billing.ClientCharge;
import org.lpodesk.billing.HourPackage;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.Vendor;
import org.lpodesk.outsourcing.report.Granularity;
import org.lpodesk.outsourcing.report.OutsourcedTask;
import org.lpodesk.outsourcing.report.OutsourcingReports;
import org.lpodesk.outsourcing.report.Quarter;
import org.lpodesk.outsourcing.report.Report;
import org.lpodesk.outsourcing.report.ReportCsv;
import org.lpodesk.outsourcing.report.ReportJson;
import org.lpodesk.outsourcing.report.ReportOutput;
import org.lpodesk.outsourcing.report.ReportQuery;
import org.lpodesk.outsourcing.report.ReportSettings;
import org.lpodesk.outsourcing.report.ReportViewer;
import org.lpodesk.outsourcing.report.ScorecardPdf;
import org.lpodesk.outsourcing.usage.InMemoryUsageLedger;

/**
 * What LPO Desk's repository answers for {@code GET /lpodesk/reports/outsourcing} and
 * {@code /lpodesk/reports/scorecard} (OutsourcingReportWebScript, VendorScorecardWebScript), with
 * core's own reports over a fixed history, so that the kit's {@code report vendor} is tested as it
 * is used. The history: vendor {@code demo-lpo}, three EB-1 petitions requested in 2026Q3 (one
 * delivered on time after a change request, one delivered at first pass, one declined). Not
 * emulated: reading Activiti's history and who may ask (the IT and the live suite cover those;
 * everyone here is the firm).
 */
final class ReportStandIn extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final transient ReportSettings settings = ReportSettings.federal(NEW_YORK.getId());
    private final transient OutsourcingReports reports;

    ReportStandIn() {
        Engagement demo = Engagement.builder(new Vendor("demo-lpo", "Demo Legal Process Outsourcing", "IN",
                        ZoneId.of("Asia/Kolkata"), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5)), NEW_YORK)
                .hourPackage(HourPackage.of("40", Money.usd("25"), Money.usd("35")))
                .kind(TaskKind.EB1_PETITION, 10, Billing.flatFee(Money.usd("900")), ClientCharge.FEE)
                .build();
        List<OutsourcedTask> history = List.of(
                delivered("p1", "2026-07-06T14:00:00Z", "2026-07-08T15:00:00Z", 1, 4.0),
                delivered("p2", "2026-08-03T14:00:00Z", "2026-08-04T16:00:00Z", 0, 2.5),
                new OutsourcedTask("p3", "demo-lpo", TaskKind.EB1_PETITION, "case-3", "IMM-2026-00003",
                        Instant.parse("2026-09-07T14:00:00Z"), OutsourcedTask.Status.DECLINED, null, null, null, null,
                        Instant.parse("2026-09-07T16:00:00Z"), null, null, 0, 0, java.math.BigDecimal.ZERO, List.of(),
                        null));
        this.reports = new OutsourcingReports((from, to) -> history.stream()
                .filter(t -> !t.requestedAt().isBefore(from) && t.requestedAt().isBefore(to)).toList(),
                new InMemoryUsageLedger(), vendorId -> Optional.of(demo).filter(e -> e.vendor().id().equals(vendorId)),
                settings);
    }

    private static OutsourcedTask delivered(String id, String requested, String delivered, int changeRequests,
                                            double hours) {
        Instant at = Instant.parse(requested);
        Instant in = Instant.parse(delivered);
        Instant approved = in.plusSeconds(3_600);
        return new OutsourcedTask(id, "demo-lpo", TaskKind.EB1_PETITION, "case-" + id, "IMM-2026-0000" + id.charAt(1),
                at, OutsourcedTask.Status.DELIVERED, at.plusSeconds(3_600), in, at.plusSeconds(14 * 86_400L),
                LocalDate.of(2026, 12, 31), approved, approved, "ann", changeRequests, 0,
                java.math.BigDecimal.valueOf(hours),
                changeRequests == 0 ? List.of(new OutsourcedTask.FirmReview("ann", in, approved, "Approve"))
                        : List.of(new OutsourcedTask.FirmReview("ann", in, in.plusSeconds(1_800), "RequestChanges"),
                                new OutsourcedTask.FirmReview("ann", in.plusSeconds(2_400), approved, "Approve")), null);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        RequestArguments args = RequestArguments.of(req::getParameter);
        Set<String> vendors = Set.of("demo-lpo");
        ReportViewer firm = ReportViewer.firm("admin");
        try {
            if (req.getRequestURI().endsWith("/scorecard")) {
                Quarter q = Quarter.parse(args.requiredText("quarter"));
                String vendor = args.requiredText("vendor");
                Report byKind = reports.report(ReportQuery.of(q.firstDay(), q.lastDay(), vendor, null, Granularity.QUARTER,
                        vendors, firm));
                Report byMonth = reports.report(ReportQuery.of(q.firstDay(), q.lastDay(), vendor, null, Granularity.MONTH,
                        vendors, firm));
                res.setContentType("application/pdf");
                res.getOutputStream().write(new ScorecardPdf(settings, Locale.ENGLISH).render("Demo Legal Process Outsourcing",
                        q, byKind, byMonth, LocalDate.of(2026, 10, 1)));
                return;
            }
            ReportQuery query = ReportQuery.parse(args, vendors, firm);
            ReportOutput output = ReportOutput.parse(args);
            Report report = reports.report(query);
            res.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (output.csv()) {
                res.setContentType("text/csv");
                new ReportCsv().write(report, output.table(), res.getWriter());
            } else {
                res.setContentType("application/json");
                res.getWriter().write(new ReportJson(settings).write(report));
            }
        } catch (NotAllowedException refused) {
            error(res, 403, refused.getMessage());
        } catch (IllegalArgumentException invalid) {
            error(res, 400, invalid.getMessage());
        }
    }

    private static void error(HttpServletResponse res, int status, String message) throws IOException {
        res.setStatus(status);
        res.setContentType("application/json");
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.getWriter().write(Json.write(Map.of("status", status, "message", message)));
    }
}
