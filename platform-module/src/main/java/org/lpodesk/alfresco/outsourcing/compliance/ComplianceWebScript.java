package org.lpodesk.alfresco.outsourcing.compliance;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.lpodesk.alfresco.outsourcing.RepositoryEngagements;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.compliance.ComplianceJson;
import org.lpodesk.outsourcing.compliance.ComplianceOverview;
import org.lpodesk.outsourcing.compliance.VendorStanding;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /lpodesk/compliance/vendors?format=json|csv}: every onboarded vendor's attestations,
 * what stops shares to it and its bulk-data counts, on the firm's today, for the firm's
 * administrators (403 for anyone else).
 */
public final class ComplianceWebScript extends AbstractWebScript {

    private final ComplianceOverview overview;
    private final RepositoryEngagements engagements;
    private final FirmAdministrators administrators;
    private final ZoneId firmZone;
    private final Locale firmLocale;
    private final Clock clock;

    public ComplianceWebScript(ComplianceOverview overview, RepositoryEngagements engagements,
                               FirmAdministrators administrators, String firmZone, String firmLocale, Clock clock) {
        this.overview = overview;
        this.engagements = engagements;
        this.administrators = administrators;
        this.firmZone = ZoneId.of(firmZone);
        this.firmLocale = Locale.forLanguageTag(firmLocale);
        this.clock = clock;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        String format;
        try {
            format = JsonExchange.arguments(req).optionalChoice("format", "json", "json", "csv");
            administrators.require();
        } catch (NotAllowedException refused) {
            JsonExchange.error(res, Status.STATUS_FORBIDDEN, refused);
            return;
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(firmZone));
        List<VendorStanding> vendors = overview.vendors(engagements.all().stream().map(Engagement::vendor).toList(),
                today, firmLocale);
        ComplianceJson json = new ComplianceJson(overview);
        if (format.equals("csv")) {
            res.setStatus(Status.STATUS_OK);
            res.setContentType("text/csv");
            res.setContentEncoding("UTF-8");
            res.setHeader("Cache-Control", "no-store");
            res.setHeader("Content-Disposition", "attachment; filename=\"vendor-compliance-" + today + ".csv\"");
            Writer writer = res.getWriter();
            json.csv(vendors, today, writer);
            writer.flush();
        } else {
            JsonExchange.write(res, Status.STATUS_OK, json.page(vendors, today));
        }
    }
}
