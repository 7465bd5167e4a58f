package org.lpodesk.alfresco.correspondence;

import java.io.Serializable;
import java.util.Optional;
import org.alfresco.email.server.AliasableAspect;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.transaction.TransactionService;
import org.lpodesk.alfresco.model.ImmModel;

/**
 * What an envelope recipient names, asked while the sender is still at RCPT TO so that an address
 * nobody receives at is refused there (550) instead of after the whole message came in: the
 * node behind an {@code emailserver:alias} (Alfresco's alias store, which the aliasable aspect
 * fills) or, as Alfresco also accepts, a node's database id.
 */
public final class MailTargets {

    private final AttributeService attributeService;
    private final NodeService nodeService;
    private final TransactionService transactionService;

    public MailTargets(AttributeService attributeService, NodeService nodeService,
                       TransactionService transactionService) {
        this.attributeService = attributeService;
        this.nodeService = nodeService;
        this.transactionService = transactionService;
    }

    /** A node that receives mail, and whether it is a case. */
    public record Target(NodeRef node, boolean isCase) {
    }

    public Optional<Target> resolve(String recipient) {
        String address = recipient == null ? "" : recipient.strip();
        if (address.startsWith("<") && address.endsWith(">")) {
            address = address.substring(1, address.length() - 1);
        }
        String[] parts = address.split("@");
        if (parts.length != 2 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        String local = parts[0];
        return AuthenticationUtil.runAsSystem(() -> transactionService.getRetryingTransactionHelper()
                .doInTransaction(() -> Optional.ofNullable(lookUp(local)), true, false));
    }

    private Target lookUp(String local) {
        Serializable aliased = attributeService.getAttribute(AliasableAspect.ALIASABLE_ATTRIBUTE_KEY_1,
                AliasableAspect.ALIASABLE_ATTRIBUTE_KEY_2, AliasableAspect.normaliseAlias(local));
        NodeRef node = aliased instanceof NodeRef ref ? ref : null;
        if (node == null && local.chars().allMatch(Character::isDigit) && local.length() < 19) {
            node = nodeService.getNodeRef(Long.parseLong(local));
        }
        if (node == null || !nodeService.exists(node)) {
            return null;
        }
        return new Target(node, ImmModel.TYPE_CASE.equals(nodeService.getType(node)));
    }
}
