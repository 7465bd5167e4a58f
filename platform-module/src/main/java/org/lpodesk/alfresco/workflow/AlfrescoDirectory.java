package org.lpodesk.alfresco.workflow;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.workflow.activiti.ActivitiScriptNode;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PersonService;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.review.workflow.DirectoryPort;

/**
 * {@link DirectoryPort} over Alfresco's authentication, authority and person services. Person
 * values arrive from process variables as {@code ActivitiScriptNode}s (what Alfresco puts in
 * {@code bpm_assignee}), node references or user names; all become user names here.
 */
public final class AlfrescoDirectory implements DirectoryPort {

    private final AuthorityService authorityService;
    private final PersonService personService;
    private final NodeService nodeService;

    public AlfrescoDirectory(AuthorityService authorityService, PersonService personService, NodeService nodeService) {
        this.authorityService = authorityService;
        this.personService = personService;
        this.nodeService = nodeService;
    }

    @Override
    public String currentUser() {
        return AuthenticationUtil.getFullyAuthenticatedUser();
    }

    @Override
    public Set<String> authoritiesOf(String userName) {
        // Run as system: a vendor associate may not read the firm's group tree, yet the policy
        // must see the real memberships of whoever acts.
        return AuthenticationUtil.runAsSystem(() -> authorityService.getAuthoritiesForUser(userName));
    }

    @Override
    public String userName(Object person) {
        if (person instanceof ActivitiScriptNode scriptNode) {
            return userNameOf(scriptNode.getNodeRef(), person);
        }
        if (person instanceof NodeRef nodeRef) {
            return userNameOf(nodeRef, person);
        }
        if (person instanceof String text && !text.isBlank()) {
            if (NodeRef.isNodeRef(text)) {
                return userNameOf(new NodeRef(text), person);
            }
            String userName = text.strip();
            if (AuthenticationUtil.runAsSystem(() -> personService.personExists(userName))) {
                return userName;
            }
        }
        throw new IllegalArgumentException("'" + person + "' does not designate a person known to the repository");
    }

    @Override
    public String displayName(String userName) {
        return AuthenticationUtil.runAsSystem(() -> {
            NodeRef person = personService.getPersonOrNull(userName);
            if (person == null) {
                return userName;
            }
            String name = (text(nodeService.getProperty(person, ContentModel.PROP_FIRSTNAME)) + " "
                    + text(nodeService.getProperty(person, ContentModel.PROP_LASTNAME))).strip();
            return name.isEmpty() ? userName : name;
        });
    }

    /** The person's {@code imm:countryOfResidence}, read as the system: an associate cannot read every profile. */
    @Override
    public Optional<String> countryOfResidence(String userName) {
        return AuthenticationUtil.runAsSystem(() -> {
            NodeRef person = personService.getPersonOrNull(userName);
            Serializable country = person == null ? null
                    : nodeService.getProperty(person, ImmModel.PROP_COUNTRY_OF_RESIDENCE);
            return country == null ? Optional.<String>empty() : Optional.of(country.toString());
        });
    }

    @Override
    public String groupDisplayName(String groupAuthority) {
        return AuthenticationUtil.runAsSystem(() -> {
            String name = authorityService.authorityExists(groupAuthority)
                    ? authorityService.getAuthorityDisplayName(groupAuthority) : null;
            return name == null || name.isBlank() ? groupAuthority : name;
        });
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private String userNameOf(NodeRef nodeRef, Object given) {
        Object userName = AuthenticationUtil.runAsSystem(() -> nodeService.exists(nodeRef)
                && ContentModel.TYPE_PERSON.equals(nodeService.getType(nodeRef))
                ? nodeService.getProperty(nodeRef, ContentModel.PROP_USERNAME) : null);
        if (userName == null) {
            throw new IllegalArgumentException("'" + given + "' does not designate a person node (cm:person)");
        }
        return userName.toString();
    }
}
