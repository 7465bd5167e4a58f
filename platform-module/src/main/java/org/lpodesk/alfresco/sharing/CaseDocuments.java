package org.lpodesk.alfresco.sharing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.cases.PartyKind;
import org.lpodesk.sharing.ConfidentialityLevel;
import org.lpodesk.sharing.DataCategory;
import org.lpodesk.sharing.DataSubjects;
import org.lpodesk.sharing.DocumentCategories;
import org.lpodesk.sharing.DocumentRef;

/**
 * A case document as the sharing policy reads it: name, confidentiality level (confidential when
 * unset), bulk-data category (core's {@link DocumentCategories}: the paralegal's choice, the type,
 * the checklist tags) and the persons whose data it carries (core's {@link DataSubjects}, from
 * the parties of the case folder it lies in). One reader for the start web script and the
 * workflow's package, so a request is judged on the same facts in both.
 */
public final class CaseDocuments {

    private final NodeService nodeService;
    private final DictionaryService dictionaryService;
    private final NamespaceService namespaceService;
    private final DocumentCategories categories;
    private final DataSubjects subjects;

    public CaseDocuments(NodeService nodeService, DictionaryService dictionaryService,
                         NamespaceService namespaceService, DocumentCategories categories, DataSubjects subjects) {
        this.nodeService = nodeService;
        this.dictionaryService = dictionaryService;
        this.namespaceService = namespaceService;
        this.categories = categories;
        this.subjects = subjects;
    }

    public DocumentRef document(NodeRef doc) {
        Serializable name = nodeService.getProperty(doc, ContentModel.PROP_NAME);
        Serializable level = nodeService.getProperty(doc, ImmModel.PROP_CONFIDENTIALITY_LEVEL);
        QName type = nodeService.getType(doc);
        String typeName = dictionaryService.isSubClass(type, ImmModel.TYPE_IDENTITY_DOCUMENT)
                ? DocumentCategories.IDENTITY_DOCUMENT_TYPE : type.toPrefixString(namespaceService);
        Serializable chosen = nodeService.getProperty(doc, ImmModel.PROP_DATA_CATEGORY);
        DataCategory category = categories.of(typeName, chosen == null ? null : chosen.toString(),
                texts(nodeService.getProperty(doc, ImmModel.PROP_CHECKLIST_ITEMS))).orElse(null);
        Set<String> persons = category == null ? Set.of() : subjects.persons(parties(doc), category);
        return new DocumentRef(doc.toString(), name == null ? doc.getId() : name.toString(),
                level == null ? ConfidentialityLevel.CONFIDENTIAL : ConfidentialityLevel.valueOf(level.toString()),
                category, persons);
    }

    /**
     * The parties of the case the document lies in, read as the system: the requester may read
     * the document and not the client folder, yet the count must see the same persons for everyone.
     */
    private DataSubjects.CaseParties parties(NodeRef doc) {
        return AuthenticationUtil.runAsSystem(() -> {
            NodeRef caseNode = ancestor(doc, ImmModel.TYPE_CASE);
            if (caseNode == null) {
                // outside every case (a vendor's assignment folder): the document is its own subject
                return new DataSubjects.CaseParties(null, doc.toString(), null, null, null);
            }
            NodeRef client = ancestor(caseNode, ImmModel.TYPE_CLIENT);
            Serializable petitionerKind = nodeService.getProperty(caseNode, ImmModel.PROP_PETITIONER_KIND);
            return new DataSubjects.CaseParties(client == null ? null : client.toString(), caseNode.toString(),
                    text(nodeService.getProperty(caseNode, ImmModel.PROP_BENEFICIARY_NAME)),
                    text(nodeService.getProperty(caseNode, ImmModel.PROP_PETITIONER_NAME)),
                    petitionerKind == null ? null : PartyKind.valueOf(petitionerKind.toString()));
        });
    }

    private NodeRef ancestor(NodeRef node, QName type) {
        ChildAssociationRef parent = nodeService.getPrimaryParent(node);
        while (parent != null && parent.getParentRef() != null) {
            NodeRef p = parent.getParentRef();
            if (dictionaryService.isSubClass(nodeService.getType(p), type)) {
                return p;
            }
            parent = nodeService.getPrimaryParent(p);
        }
        return null;
    }

    private static Collection<String> texts(Serializable value) {
        List<String> texts = new ArrayList<>();
        if (value instanceof Collection<?> values) {
            values.forEach(v -> texts.add(String.valueOf(v)));
        } else if (value != null) {
            texts.add(value.toString());
        }
        return texts;
    }

    private static String text(Serializable value) {
        return value == null ? null : value.toString();
    }
}
