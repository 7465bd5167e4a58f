package org.lpodesk.sharing;

import java.util.Optional;

/**
 * No public link (Alfresco's Quick Share: a URL anyone can open without logging in) on a client
 * document or on anything inside an LPO vendor's site. A public link outlives every access rule
 * LPO Desk keeps: it survives the end of the task and the vendor's loss of access, and it reaches
 * people the client never consented to (ABA Model Rule 1.6(c), reasonable efforts against
 * unauthorized disclosure). The repository refuses the link whoever asks, Share does not offer it.
 */
public final class PublicLinkPolicy {

    /**
     * @param name           the document's name, for the message
     * @param clientDocument true for every document of the immigration model (imm:document and below)
     * @param vendorSite     the vendor site the node lies in, or null
     * @return why the link is refused, or empty when it may be created
     */
    public Optional<String> refusal(String name, boolean clientDocument, String vendorSite) {
        if (vendorSite != null) {
            return Optional.of(Messages.format("publicLink.vendorSite", name, vendorSite));
        }
        if (clientDocument) {
            return Optional.of(Messages.format("publicLink.clientDocument", name));
        }
        return Optional.empty();
    }
}
