package org.lpodesk.alfresco.outsourcing.compliance;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.outsourcing.Attestation;
import org.lpodesk.outsourcing.Vendor;
import org.lpodesk.outsourcing.compliance.AttestationRequest;
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
    private final ComplianceDesk desk;
    private final ComplianceAuditPort audit;
    private final FirmAdministrators administrators;

    public AttestationWebScript(RepositoryAttestations attestations, ComplianceDesk desk, ComplianceAuditPort audit,
                                FirmAdministrators administrators) {
        this.attestations = attestations;
        this.desk = desk;
        this.audit = audit;
        this.administrators = administrators;
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
        String vendorId;
        Attestation attestation;
        try {
            vendorId = JsonExchange.arguments(req).requiredText("vendorId");
            attestation = AttestationRequest.parse(JsonExchange.body(req), desk.today());
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        Optional<Vendor> vendor = desk.vendorOrNotFound(vendorId, res);
        if (vendor.isEmpty()) {
            return;
        }
        Instant now = desk.clock().instant();
        attestations.record(vendorId, attestation, recordedBy, now);
        audit.record(new ComplianceAuditPort.AttestationRecorded(now, vendorId, recordedBy, attestation));
        JsonExchange.write(res, Status.STATUS_CREATED, desk.standing(vendor.get()));
    }
}
