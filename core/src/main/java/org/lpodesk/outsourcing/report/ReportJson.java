package org.lpodesk.outsourcing.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lpodesk.api.Json;
import org.lpodesk.billing.Money;

/**
 * The JSON shape of a {@link Report} (same figures and names as {@link ReportCsv}, nested). The
 * vendor view leaves out the keys of the firm's own data (review buffer, cases, attorneys)
 * instead of sending them empty, so a client cannot mistake "not shown" for "none".
 */
public final class ReportJson {

    private final ReportSettings settings;

    public ReportJson(ReportSettings settings) {
        this.settings = settings;
    }

    public String write(Report report) {
        return Json.write(toMap(report));
    }

    public Map<String, Object> toMap(Report report) {
        boolean firm = !report.vendorView();
        Map<String, Object> m = new LinkedHashMap<>();
        ReportQuery q = report.query();
        m.put("from", q.from());
        m.put("to", q.to());
        m.put("vendor", q.vendorId());
        m.put("kind", q.kind());
        m.put("granularity", q.granularity().parameterValue());
        m.put("view", firm ? "firm" : "vendor");
        Map<String, Object> definitions = new LinkedHashMap<>();
        for (Indicator i : Indicator.values()) {
            if (firm || i.shownToVendors()) {
                definitions.put(i.name(), i.definition(settings));
            }
        }
        m.put("definitions", definitions);
        m.put("total", figures(report.total(), firm));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Report.Row r : report.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("vendor", r.vendorId());
            row.put("kind", r.kindLabel());
            row.put("period", r.period());
            row.putAll(figures(r.figures(), firm));
            rows.add(row);
        }
        m.put("rows", rows);
        List<Map<String, Object>> packages = new ArrayList<>();
        for (Report.PackageUse p : report.packages()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("vendor", p.vendorId());
            row.put("period", p.period());
            row.put("months", p.months());
            row.put("packageHours", p.packageHours());
            row.put("hourlyHours", p.hourlyHours());
            row.put("used", p.used());
            row.put("left", p.left());
            row.put("overage", p.overage());
            row.put("currency", p.overageAmount().currency().getCurrencyCode());
            row.put("overageAmount", p.overageAmount().amount());
            row.put("packageCharge", p.packageCharge().amount());
            packages.add(row);
        }
        m.put("packages", packages);
        if (firm) {
            List<Map<String, Object>> cases = new ArrayList<>();
            for (Report.CaseFigures c : report.cases()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("caseId", c.caseId());
                row.put("caseNumber", c.caseNumber());
                row.put("requested", c.requested());
                row.put("delivered", c.delivered());
                row.put("hoursLogged", c.hoursLogged());
                row.put("costedTasks", c.costedTasks());
                row.put("cost", amounts(c.cost()));
                cases.add(row);
            }
            m.put("cases", cases);
            List<Map<String, Object>> attorneys = new ArrayList<>();
            for (AttorneyLoad a : report.attorneys()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("attorney", a.attorney());
                row.put("decisions", a.decisions());
                row.put("approvals", a.approvals());
                row.put("changeRequests", a.changeRequests());
                row.put("cancels", a.cancels());
                row.put("medianDecisionBusinessHours", a.medianDecisionHours());
                attorneys.add(row);
            }
            m.put("attorneys", attorneys);
        }
        return m;
    }

    private static Map<String, Object> figures(Figures f, boolean firm) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requested", f.requested());
        m.put("accepted", f.accepted());
        m.put("declined", f.declined());
        m.put("delivered", f.delivered());
        m.put("cancelled", f.cancelled());
        m.put("open", f.open());
        m.put("turnaroundTasks", f.turnaroundTasks());
        m.put("turnaroundMedianBusinessHours", f.turnaroundMedianHours());
        m.put("turnaroundP90BusinessHours", f.turnaroundP90Hours());
        m.put("slaTasks", f.slaTasks());
        m.put("onTime", f.onTime());
        m.put("late", f.late());
        m.put("slaCompliance", f.slaCompliance());
        if (firm) {
            m.put("bufferTasks", f.bufferTasks());
            m.put("bufferKept", f.bufferKept());
            m.put("bufferKeptRate", f.bufferKeptRate());
        }
        m.put("firstPass", f.firstPass());
        m.put("firstPassRate", f.firstPassRate());
        m.put("reviewedTasks", f.reviewedTasks());
        m.put("reworkedTasks", f.reworkedTasks());
        m.put("changeRequests", f.changeRequests());
        m.put("reworkRate", f.reworkRate());
        m.put("meanReworkRounds", f.meanReworkRounds());
        m.put("closedDelivered", f.closedDelivered());
        m.put("hoursLogged", f.hoursLogged());
        m.put("hourlyHours", f.hourlyHours());
        m.put("costedTasks", f.costedTasks());
        m.put("cost", amounts(f.cost()));
        m.put("costPerTask", amounts(f.costPerTask()));
        return m;
    }

    /** One entry per currency, never a sum across currencies. */
    private static List<Map<String, Object>> amounts(List<Money> amounts) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Money money : amounts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("currency", money.currency().getCurrencyCode());
            m.put("amount", money.amount());
            list.add(m);
        }
        return list;
    }
}
