package org.lpodesk.alfresco.evidence;

import java.io.InputStream;
import java.io.Serializable;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.model.Repository;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/**
 * The firm's own checklist file, {@code Data Dictionary/LPO Desk/evidence-checklists.xml}: where an
 * Alfresco administrator keeps repository-wide configuration, editable in Share's Repository view
 * and versioned like any document. Read as the system user: every user's checklist is the firm's.
 */
public final class FirmChecklistFile {

    /** The folder under the Data Dictionary and the file's name, as README states them. */
    static final String FOLDER = "LPO Desk";
    static final String NAME = "evidence-checklists.xml";
    private static final QName DATA_DICTIONARY = QName.createQName(NamespaceService.APP_MODEL_1_0_URI, "dictionary");

    private final NodeService nodeService;
    private final ContentService contentService;
    private final Repository repository;

    public FirmChecklistFile(NodeService nodeService, ContentService contentService, Repository repository) {
        this.nodeService = nodeService;
        this.contentService = contentService;
        this.repository = repository;
    }

    /** The file as it is now: where, which version of it (its modification time), and its bytes. */
    public record Snapshot(NodeRef node, Date modified, Opener content) {
    }

    /** Opens the file's content; the caller closes it. */
    @FunctionalInterface
    public interface Opener {
        InputStream open();
    }

    public Optional<Snapshot> find() {
        return AuthenticationUtil.runAsSystem(() -> {
            List<ChildAssociationRef> dictionary = nodeService.getChildAssocs(repository.getCompanyHome(),
                    ContentModel.ASSOC_CONTAINS, DATA_DICTIONARY);
            if (dictionary.isEmpty()) {
                return Optional.<Snapshot>empty();
            }
            NodeRef folder = nodeService.getChildByName(dictionary.get(0).getChildRef(), ContentModel.ASSOC_CONTAINS, FOLDER);
            NodeRef file = folder == null ? null : nodeService.getChildByName(folder, ContentModel.ASSOC_CONTAINS, NAME);
            if (file == null) {
                return Optional.<Snapshot>empty();
            }
            Serializable modified = nodeService.getProperty(file, ContentModel.PROP_MODIFIED);
            NodeRef node = file;
            return Optional.of(new Snapshot(node, modified instanceof Date d ? d : new Date(0), () -> open(node)));
        });
    }

    private InputStream open(NodeRef file) {
        return AuthenticationUtil.runAsSystem(() -> {
            ContentReader reader = contentService.getReader(file, ContentModel.PROP_CONTENT);
            return reader == null || !reader.exists() ? InputStream.nullInputStream() : reader.getContentInputStream();
        });
    }
}
