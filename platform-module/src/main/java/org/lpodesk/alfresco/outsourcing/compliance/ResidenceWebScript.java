package org.lpodesk.alfresco.outsourcing.compliance;

import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PersonService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.NotAllowedException;
import org.lpodesk.outsourcing.Vendor;
import org.lpodesk.outsourcing.compliance.ComplianceTexts;
import org.lpodesk.outsourcing.compliance.ResidenceRequest;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code POST /lpodesk/vendors/{vendorId}/residence} {@code {"user": "...", "country": "IN"}}:
 * records where one of the vendor's users primarily resides ({@code imm:residence} on the
 * person), which the drafting assignment of a case with restricted data checks (28 CFR
 * 202.211(a)(4)). The firm's administrators and the vendor's own managers may; the person must
 * be in one of the vendor's groups. Written as the system: a manager cannot edit other profiles.
 */
public final class ResidenceWebScript extends AbstractWebScript {

    private final ComplianceDesk desk;
    private final AuthorityService authorityService;
    private final PersonService personService;
    private final NodeService nodeService;
    private final FirmAdministrators administrators;

    public ResidenceWebScript(ComplianceDesk desk, AuthorityService authorityService,
                              PersonService personService, NodeService nodeService,
                              FirmAdministrators administrators) {
        this.desk = desk;
        this.authorityService = authorityService;
        this.personService = personService;
        this.nodeService = nodeService;
        this.administrators = administrators;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        String vendorId;
        ResidenceRequest request;
        try {
            vendorId = JsonExchange.arguments(req).requiredText("vendorId");
            request = ResidenceRequest.parse(JsonExchange.body(req));
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        Optional<Vendor> found = desk.vendorOrNotFound(vendorId, res);
        if (found.isEmpty()) {
            return;
        }
        Vendor vendor = found.get();
        String caller = AuthenticationUtil.getFullyAuthenticatedUser();
        if (!administrators.currentUserIsOne() && !authorityService.getAuthorities().contains(vendor.managersGroup())) {
            JsonExchange.error(res, Status.STATUS_FORBIDDEN, new NotAllowedException(
                    ComplianceTexts.residenceNotAllowed(caller, vendorId)));
            return;
        }
        NodeRef person = AuthenticationUtil.runAsSystem(() -> {
            Set<String> groups = authorityService.getAuthoritiesForUser(request.user());
            boolean member = groups.contains(vendor.managersGroup()) || groups.contains(vendor.associatesGroup())
                    || groups.contains(vendor.reviewersGroup());
            return member ? personService.getPersonOrNull(request.user()) : null;
        });
        if (person == null) {
            JsonExchange.badRequest(res, new InvalidArgumentException("user",
                    ComplianceTexts.notVendorUser(request.user(), vendorId)));
            return;
        }
        AuthenticationUtil.runAsSystem(() -> {
            if (nodeService.hasAspect(person, ImmModel.ASPECT_RESIDENCE)) {
                nodeService.setProperty(person, ImmModel.PROP_COUNTRY_OF_RESIDENCE, request.country());
            } else {
                Map<QName, Serializable> props = Map.of(ImmModel.PROP_COUNTRY_OF_RESIDENCE, request.country());
                nodeService.addAspect(person, ImmModel.ASPECT_RESIDENCE, props);
            }
            return null;
        });
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("vendor", vendorId);
        answer.put("user", request.user());
        answer.put("country", request.country());
        JsonExchange.write(res, Status.STATUS_OK, answer);
    }
}
