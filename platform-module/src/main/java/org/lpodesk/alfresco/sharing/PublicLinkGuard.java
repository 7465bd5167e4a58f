package org.lpodesk.alfresco.sharing;

import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.model.QuickShareModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;
import org.lpodesk.alfresco.audit.LpoDeskAudit;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.model.ModelRefusal;
import org.lpodesk.sharing.PublicLinkPolicy;

/**
 * Refuses a public link (Quick Share's {@code qshare:shared} aspect) on a client document or on
 * anything in a vendor site, whoever asks and through whichever door (Share's "Share" action,
 * REST v1 {@code /shared-links}, a script): Alfresco's quick-share service adds the aspect as the
 * system user, so a permission cannot stop it, a behaviour can. The refusal is an integrity
 * failure with core's sentence (REST v1 422), the transaction changes nothing, and an audit
 * entry of its own transaction says who tried.
 */
public final class PublicLinkGuard implements NodeServicePolicies.BeforeAddAspectPolicy {

    private final PolicyComponent policyComponent;
    private final NodeService nodeService;
    private final DictionaryService dictionaryService;
    private final SiteService siteService;
    private final TransactionService transactionService;
    private final LpoDeskAudit audit;
    private final PublicLinkPolicy policy;
    private final String vendorSitePrefix;

    public PublicLinkGuard(PolicyComponent policyComponent, NodeService nodeService, DictionaryService dictionaryService,
                           SiteService siteService, TransactionService transactionService, LpoDeskAudit audit,
                           PublicLinkPolicy policy, String vendorSitePrefix) {
        this.policyComponent = policyComponent;
        this.nodeService = nodeService;
        this.dictionaryService = dictionaryService;
        this.siteService = siteService;
        this.transactionService = transactionService;
        this.audit = audit;
        this.policy = policy;
        this.vendorSitePrefix = vendorSitePrefix;
    }

    public void init() {
        policyComponent.bindClassBehaviour(NodeServicePolicies.BeforeAddAspectPolicy.QNAME, QuickShareModel.ASPECT_QSHARE,
                new JavaBehaviour(this, "beforeAddAspect", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void beforeAddAspect(NodeRef node, QName aspect) {
        if (!QuickShareModel.ASPECT_QSHARE.equals(aspect)) {
            return;
        }
        String vendorSite = vendorSiteOf(node).orElse(null);
        boolean clientDocument = dictionaryService.isSubClass(nodeService.getType(node), ImmModel.TYPE_DOCUMENT);
        String name = String.valueOf(nodeService.getProperty(node, ContentModel.PROP_NAME));
        Optional<String> refusal = policy.refusal(name, clientDocument, vendorSite);
        if (refusal.isPresent()) {
            String user = AuthenticationUtil.getFullyAuthenticatedUser();
            // the refused transaction rolls back: the audit entry needs one of its own, as the user who asked
            AuthenticationUtil.runAs(() -> transactionService.getRetryingTransactionHelper().doInTransaction(() -> {
                audit.record(LpoDeskAudit.Event.PUBLIC_LINK_REFUSED, node, vendorSite, null, refusal.get());
                return null;
            }, false, true), user == null ? AuthenticationUtil.getSystemUserName() : user);
            throw ModelRefusal.of(refusal.get());
        }
    }

    /** The vendor site the node lies in, by the site's short name ({@code lpo-<vendor>}). */
    Optional<String> vendorSiteOf(NodeRef node) {
        SiteInfo site = AuthenticationUtil.runAsSystem(() -> siteService.getSite(node));
        return site != null && site.getShortName().startsWith(vendorSitePrefix)
                ? Optional.of(site.getShortName()) : Optional.empty();
    }
}
