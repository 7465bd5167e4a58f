package org.lpodesk.alfresco.outsourcing.compliance;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.api.NotAllowedException;
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

    private final ComplianceDesk desk;
    private final FirmAdministrators administrators;

    public ComplianceWebScript(ComplianceDesk desk, FirmAdministrators administrators) {
        this.desk = desk;
        this.administrators = administrators;
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
        LocalDate today = desk.today();
        List<VendorStanding> vendors = desk.all();
        if (format.equals("csv")) {
            Writer writer = JsonExchange.csv(res, "vendor-compliance-" + today + ".csv");
            desk.json().csv(vendors, today, writer);
            writer.flush();
        } else {
            JsonExchange.write(res, Status.STATUS_OK, desk.json().page(vendors, today));
        }
    }
}
