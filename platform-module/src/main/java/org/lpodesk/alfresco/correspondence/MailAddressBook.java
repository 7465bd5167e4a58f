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
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
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
 * messages and the groups change a few times a year. A sender that reading does not know is looked
 * for among the people themselves (a transactional metadata query on {@code cm:email}, which the
 * database answers at once), so that a user added a moment ago (a new LPO associate writing at
 * once) is known as what they are.
 */
public final class MailAddressBook {

    static final String FIRM_ADMINS_GROUP = "GROUP_IMM_ADMINS";
    static final String VENDOR_GROUP_PREFIX = "GROUP_LPO_";
    private static final Duration FRESH = Duration.ofMinutes(1);

    private final NodeService nodeService;
    private final AuthorityService authorityService;
    private final PersonService personService;
    private final SearchService searchService;
    private final Clock clock;
    private volatile People people;

    public MailAddressBook(NodeService nodeService, AuthorityService authorityService, PersonService personService,
                           SearchService searchService, Clock clock) {
        this.nodeService = nodeService;
        this.authorityService = authorityService;
        this.personService = personService;
        this.searchService = searchService;
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
        if (known == null || known.readAt().plus(FRESH).isBefore(now)) {
            known = new People(addresses(FIRM_GROUPS), addresses(vendorGroups()), now);
            people = known;
        }
        Set<String> firm = known.firm();
        Set<String> vendors = known.vendors();
        if (!address.isEmpty() && !client.contains(address) && !firm.contains(address) && !vendors.contains(address)) {
            for (String user : usersWithEmail(address)) {
                Set<String> authorities = authorityService.getAuthoritiesForUser(user);
                if (authorities.stream().anyMatch(a -> a.startsWith(VENDOR_GROUP_PREFIX))) {
                    vendors = with(vendors, address);
                } else if (authorities.stream().anyMatch(FIRM_GROUPS::contains)) {
                    firm = with(firm, address);
                }
            }
            if (firm != known.firm() || vendors != known.vendors()) {
                people = null; // someone joined since the last reading: read again next time
            }
        }
        return new CaseCorrespondents(client, firm, vendors);
    }

    private static final List<String> FIRM_GROUPS = List.of(ApprovalPolicy.FIRM_ATTORNEY_GROUP,
            WorkflowModel.PARALEGALS_GROUP, FIRM_ADMINS_GROUP);

    private static Set<String> with(Set<String> addresses, String address) {
        Set<String> more = new HashSet<>(addresses);
        more.add(address);
        return more;
    }

    /** The users whose cm:email is the address, asked of the database (never of a lagging index). */
    private List<String> usersWithEmail(String address) {
        SearchParameters sp = new SearchParameters();
        sp.addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        sp.setLanguage(SearchService.LANGUAGE_FTS_ALFRESCO);
        sp.setQueryConsistency(QueryConsistency.TRANSACTIONAL);
        sp.setQuery("TYPE:\"cm:person\" AND =cm:email:\"" + address.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        List<String> users = new java.util.ArrayList<>();
        ResultSet rs = searchService.query(sp);
        try {
            for (NodeRef person : rs.getNodeRefs()) {
                Serializable user = nodeService.getProperty(person, ContentModel.PROP_USERNAME);
                if (user != null) {
                    users.add(user.toString());
                }
            }
        } finally {
            rs.close();
        }
        return users;
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
