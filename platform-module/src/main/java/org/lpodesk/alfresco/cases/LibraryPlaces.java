package org.lpodesk.alfresco.cases;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.repo.site.SiteModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.site.SiteService;

/**
 * Where a node sits in Share: the site whose document library holds it and its folder path below
 * the library ({@code /Clients/Okonkwo/IMM-2026-00001}). Read with the caller's permissions by
 * walking primary parents; a folder already placed is remembered, so a list of cases walks each
 * client folder once. One instance per request (the memory is not shared between users).
 */
final class LibraryPlaces {

    /** @param path the path below the site's document library; empty for the library itself */
    record Place(String site, String path) {
    }

    private final NodeService nodeService;
    private final Map<NodeRef, Optional<Place>> placed = new HashMap<>();

    LibraryPlaces(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    /** The node's place; empty outside every site's document library, or above what the caller may read. */
    Optional<Place> of(NodeRef node) {
        Optional<Place> known = placed.get(node);
        if (known == null) {
            known = find(node);
            placed.put(node, known);
        }
        return known;
    }

    private Optional<Place> find(NodeRef node) {
        try {
            ChildAssociationRef parentAssoc = nodeService.getPrimaryParent(node);
            NodeRef parent = parentAssoc == null ? null : parentAssoc.getParentRef();
            if (parent == null) {
                return Optional.empty();
            }
            String name = name(node);
            if (SiteModel.TYPE_SITE.equals(nodeService.getType(parent))) {
                // a site's container: only its document library places anything
                return SiteService.DOCUMENT_LIBRARY.equals(name) ? Optional.of(new Place(name(parent), "")) : Optional.empty();
            }
            return of(parent).map(p -> new Place(p.site(), p.path() + "/" + name));
        } catch (AccessDeniedException notReadable) {
            // a folder the caller may not read: the node is listed without a place rather than the name leaked
            return Optional.empty();
        }
    }

    private String name(NodeRef node) {
        Serializable name = nodeService.getProperty(node, ContentModel.PROP_NAME);
        return name == null ? "" : name.toString();
    }
}
