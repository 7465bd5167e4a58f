package org.lpodesk.alfresco.correspondence;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.alfresco.service.cmr.security.PersonService;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.correspondence.CaseCorrespondents;
import org.lpodesk.review.ApprovalPolicy;
import org.lpodesk.review.workflow.WorkflowModel;

/**
 * Who may write to a case's address, as {@link org.lpodesk.correspondence.SenderPolicy} needs it:
 * the client folder's addresses, and the e-mail addresses of the firm's staff (attorneys,
 * paralegals, administrators) and of every LPO vendor's users (groups {@code GROUP_LPO_*}). The
 * people's addresses are read once a minute, not per message: a busy morning brings hundreds of
 * messages and the groups change a few times a year. A sender the last reading does not know is
 * looked for again when that reading is more than a few seconds old, so that a user added a moment
 * ago (a new LPO associate writing at once) is known as what they are.
 */
public final class MailAddressBook {

    static final String FIRM_ADMINS_GROUP = "GROUP_IMM_ADMINS";
    static final String VENDOR_GROUP_PREFIX = "GROUP_LPO_";
    private static final Duration FRESH = Duration.ofMinutes(1);
    private static final Duration RECHECK_UNKNOWN = Duration.ofSeconds(5);

    private final NodeService nodeService;
    private final AuthorityService authorityService;
    private final PersonService personService;
    private final Clock clock;
    private volatile People people;

    public MailAddressBook(NodeService nodeService, AuthorityService authorityService, PersonService personService,
                           Clock clock) {
        this.nodeService = nodeService;
        this.authorityService = authorityService;
        this.personService = personService;
        this.clock = clock;
    }

    private record People(Set<String> firm, Set<String> vendors, Instant readAt) {
    }

    /** Who may write to the case, as far as {@code sender} is concerned. Call as the system user: it reads every group. */
    public CaseCorrespondents of(NodeRef caseNode, String sender) {
        Set<String> client = clientAddresses(caseNode);
        String address = sender == null ? "" : sender.strip().toLowerCase(java.util.Locale.ROOT);
        People known = people;
        Instant now = clock.instant();
        boolean stale = known == null || known.readAt().plus(FRESH).isBefore(now);
        boolean unknownSender = known != null && !client.contains(address) && !known.firm().contains(address)
                && !known.vendors().contains(address) && known.readAt().plus(RECHECK_UNKNOWN).isBefore(now);
        if (stale || unknownSender) {
            known = new People(addresses(List.of(ApprovalPolicy.FIRM_ATTORNEY_GROUP, WorkflowModel.PARALEGALS_GROUP,
                    FIRM_ADMINS_GROUP)), addresses(vendorGroups()), now);
            people = known;
        }
        return new CaseCorrespondents(client, known.firm(), known.vendors());
    }

    private Set<String> clientAddresses(NodeRef caseNode) {
        Set<String> addresses = new HashSet<>();
        for (NodeRef node = caseNode; node != null; node = parent(node)) {
            if (ImmModel.TYPE_CLIENT.equals(nodeService.getType(node))) {
                add(addresses, nodeService.getProperty(node, ImmModel.PROP_CLIENT_EMAIL));
                add(addresses, nodeService.getProperty(node, ImmModel.PROP_CLIENT_OTHER_EMAILS));
                break;
            }
        }
        return addresses;
    }

    private NodeRef parent(NodeRef node) {
        ChildAssociationRef parent = nodeService.getPrimaryParent(node);
        return parent == null ? null : parent.getParentRef();
    }

    private List<String> vendorGroups() {
        return authorityService.getAllAuthorities(AuthorityType.GROUP).stream()
                .filter(g -> g.startsWith(VENDOR_GROUP_PREFIX)).toList();
    }

    private Set<String> addresses(Collection<String> groups) {
        Set<String> addresses = new HashSet<>();
        for (String group : groups) {
            if (!authorityService.authorityExists(group)) {
                continue;
            }
            for (String user : authorityService.getContainedAuthorities(AuthorityType.USER, group, false)) {
                if (personService.personExists(user)) {
                    add(addresses, nodeService.getProperty(personService.getPerson(user, false), ContentModel.PROP_EMAIL));
                }
            }
        }
        return addresses;
    }

    private static void add(Set<String> into, Serializable value) {
        if (value instanceof Collection<?> values) {
            values.forEach(v -> into.add(String.valueOf(v).strip().toLowerCase(java.util.Locale.ROOT)));
        } else if (value != null) {
            into.add(value.toString().strip().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
