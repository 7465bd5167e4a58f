package org.lpodesk.alfresco.outsourcing.compliance;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lpodesk.alfresco.outsourcing.RepositoryEngagements;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.outsourcing.Attestation;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.compliance.AttestationRequest;
import org.lpodesk.outsourcing.compliance.ComplianceJson;
import org.lpodesk.outsourcing.compliance.ComplianceOverview;
import org.lpodesk.outsourcing.compliance.ComplianceTexts;
import org.lpodesk.outsourcing.workflow.ComplianceAuditPort;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code POST /lpodesk/vendors/{vendorId}/attestations}: a firm administrator records a signed
 * attestation (core's {@link AttestationRequest} checks every field first: 400 naming it), kept
 * with the earlier ones and audited in the same transaction; 201 with the vendor's standing
 * afterwards, 404 for a vendor never onboarded, 403 for anyone but the firm's administrators.
 */
public final class AttestationWebScript extends AbstractWebScript {

    private final RepositoryAttestations attestations;
    private final RepositoryEngagements engagements;
    private final ComplianceOverview overview;
    private final ComplianceAuditPort audit;
    private final FirmAdministrators administrators;
    private final ZoneId firmZone;
    private final Locale firmLocale;
    private final Clock clock;

    public AttestationWebScript(RepositoryAttestations attestations, RepositoryEngagements engagements,
                                ComplianceOverview overview, ComplianceAuditPort audit,
                                FirmAdministrators administrators, String firmZone, String firmLocale, Clock clock) {
        this.attestations = attestations;
        this.engagements = engagements;
        this.overview = overview;
        this.audit = audit;
        this.administrators = administrators;
        this.firmZone = ZoneId.of(firmZone);
        this.firmLocale = Locale.forLanguageTag(firmLocale);
        this.clock = clock;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        String recordedBy;
        try {
            recordedBy = administrators.require();
        } catch (NotAllowedException refused) {
            JsonExchange.error(res, Status.STATUS_FORBIDDEN, refused);
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(firmZone));
        String vendorId;
        Attestation attestation;
        try {
            vendorId = JsonExchange.arguments(req).requiredText("vendorId");
            Map<String, Object> body = JsonExchange.body(req);
            attestation = AttestationRequest.parse(body, today);
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        Optional<Engagement> engagement = engagements.engagement(vendorId);
        if (engagement.isEmpty()) {
            JsonExchange.error(res, Status.STATUS_NOT_FOUND, new IllegalArgumentException(
                    ComplianceTexts.unknownVendor(vendorId)));
            return;
        }
        attestations.record(vendorId, attestation, recordedBy);
        audit.record(new ComplianceAuditPort.AttestationRecorded(clock.instant(), vendorId, recordedBy, attestation));
        JsonExchange.write(res, Status.STATUS_CREATED, new ComplianceJson(overview).vendor(
                overview.vendor(engagement.get().vendor(), today, firmLocale)));
    }
}
