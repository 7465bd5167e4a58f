package org.lpodesk.alfresco.evidence;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.api.UserRefusal;
import org.lpodesk.evidence.EvidenceMessages;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code POST /lpodesk/cases/checklist/tags}: tags documents of one case with checklist items, and
 * gives a plain upload its LPO Desk type on the way ("Tag the new evidence" after an upload in
 * Share, an integrator's batch). Body: {@code {"documents": [{"nodeRef": ..., "type": "imm:evidence",
 * "items": ["eb1a.criterion.prizes"], "foreignLanguage": false}]}}.
 *
 * <p>All documents or none: the writes run in one transaction of this script's own, as the caller
 * (the document's permissions decide), and the repository's tag rules ({@code EvidenceTriggers})
 * judge each one; the first refusal rolls everything back and is answered with its own sentence.
 * A type only narrows (a plain document becomes an {@code imm} one, an {@code imm:document} one of
 * its subtypes): anything else is Share's "Change type", not tagging. Answers the case's checklist
 * as it now stands.
 */
public final class EvidenceTaggingWebScript extends AbstractWebScript {

    /** More than a paralegal uploads at once; enough to bound one transaction. */
    private static final int MAX_DOCUMENTS = 200;

    private final ChecklistAnswers answers;
    private final NodeService nodeService;
    private final DictionaryService dictionaryService;
    private final NamespaceService namespaceService;
    private final TransactionService transactionService;

    /** @param nodeService the permission-checked node service: the caller writes as themselves */
    public EvidenceTaggingWebScript(ChecklistAnswers answers, NodeService nodeService, DictionaryService dictionaryService,
                                    NamespaceService namespaceService, TransactionService transactionService) {
        this.answers = answers;
        this.nodeService = nodeService;
        this.dictionaryService = dictionaryService;
        this.namespaceService = namespaceService;
        this.transactionService = transactionService;
    }

    private record Tagging(NodeRef node, Optional<QName> type, List<String> items, Optional<Boolean> foreignLanguage) {
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        List<Tagging> taggings;
        try {
            taggings = parse(JsonExchange.body(req));
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        NodeRef caseNode;
        try {
            caseNode = transactionService.getRetryingTransactionHelper().doInTransaction(() -> tag(taggings), false, true);
        } catch (RuntimeException failed) {
            Optional<RuntimeException> refusal = refusal(failed);
            if (refusal.isEmpty()) {
                throw failed;
            }
            int status = refusal.get() instanceof UserRefusal user ? user.refusalKind().httpStatus()
                    : refusal.get() instanceof AccessDeniedException ? Status.STATUS_FORBIDDEN : 422;
            JsonExchange.error(res, status, refusal.get());
            return;
        }
        Map<String, Object> checklist = transactionService.getRetryingTransactionHelper()
                .doInTransaction(() -> answers.of(caseNode, caseNode), true, false);
        JsonExchange.write(res, Status.STATUS_OK, checklist);
    }

    private NodeRef tag(List<Tagging> taggings) {
        NodeRef caseNode = null;
        for (Tagging t : taggings) {
            Optional<NodeRef> inCase = answers.readableCaseOf(t.node());
            if (inCase.isEmpty()) {
                throw new InvalidArgumentException("nodeRef", EvidenceMessages.format("checklist.no-case", t.node()));
            }
            if (caseNode != null && !caseNode.equals(inCase.get())) {
                throw new InvalidArgumentException("nodeRef", EvidenceMessages.format("tag.one-case", name(t.node())));
            }
            caseNode = inCase.get();
            if (t.type().isPresent()) {
                narrow(t.node(), t.type().get());
            }
            Map<QName, Serializable> props = new LinkedHashMap<>();
            props.put(ImmModel.PROP_CHECKLIST_ITEMS, new ArrayList<>(t.items()));
            t.foreignLanguage().ifPresent(f -> props.put(ImmModel.PROP_FOREIGN_LANGUAGE, f));
            if (nodeService.hasAspect(t.node(), ImmModel.ASPECT_EVIDENCE_TAGS)) {
                nodeService.addProperties(t.node(), props);
            } else {
                nodeService.addAspect(t.node(), ImmModel.ASPECT_EVIDENCE_TAGS, props);
            }
        }
        return caseNode;
    }

    private void narrow(NodeRef node, QName type) {
        QName current = nodeService.getType(node);
        if (current.equals(type)) {
            return;
        }
        if (!dictionaryService.isSubClass(type, ImmModel.TYPE_DOCUMENT) || !dictionaryService.isSubClass(type, current)) {
            throw new InvalidArgumentException("type", EvidenceMessages.format("tag.type-not-narrower", name(node),
                    current.toPrefixString(namespaceService), type.toPrefixString(namespaceService)));
        }
        nodeService.setType(node, type);
    }

    private List<Tagging> parse(Map<String, Object> body) {
        if (!(body.get("documents") instanceof List<?> documents) || documents.isEmpty()) {
            throw new InvalidArgumentException("documents", EvidenceMessages.format("tag.no-documents"));
        }
        if (documents.size() > MAX_DOCUMENTS) {
            throw new InvalidArgumentException("documents", EvidenceMessages.format("tag.too-many", documents.size(), MAX_DOCUMENTS));
        }
        List<Tagging> taggings = new ArrayList<>();
        for (Object entry : documents) {
            if (!(entry instanceof Map<?, ?> raw)) {
                throw new InvalidArgumentException("documents", EvidenceMessages.format("tag.no-documents"));
            }
            @SuppressWarnings("unchecked")
            RequestArguments doc = RequestArguments.of((Map<String, ?>) raw);
            NodeRef node = new NodeRef(doc.requiredNodeRef("nodeRef"));
            Optional<QName> type = doc.optionalText("type").map(this::typeName);
            List<String> items = new ArrayList<>();
            if (raw.get("items") instanceof List<?> ids) {
                for (Object id : ids) {
                    if (id != null && !id.toString().isBlank()) {
                        items.add(id.toString().strip());
                    }
                }
            } else if (raw.get("items") != null) {
                throw new InvalidArgumentException("items", EvidenceMessages.format("tag.items-list"));
            }
            Optional<Boolean> foreign = raw.get("foreignLanguage") instanceof Boolean b ? Optional.of(b) : Optional.empty();
            taggings.add(new Tagging(node, type, items, foreign));
        }
        return taggings;
    }

    private QName typeName(String prefixed) {
        try {
            QName type = QName.createQName(prefixed, namespaceService);
            if (dictionaryService.getType(type) != null) {
                return type;
            }
        } catch (RuntimeException malformed) {
            // answered below, naming what was sent
        }
        throw new InvalidArgumentException("type", EvidenceMessages.format("tag.unknown-type", prefixed));
    }

    private String name(NodeRef node) {
        Serializable name = nodeService.getProperty(node, org.alfresco.model.ContentModel.PROP_NAME);
        return name == null ? node.getId() : name.toString();
    }

    /** The refusal of a rule somewhere in the cause chain (a behaviour's arrives wrapped). */
    private static Optional<RuntimeException> refusal(Throwable failed) {
        for (Throwable t = failed; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UserRefusal && t instanceof RuntimeException r) {
                return Optional.of(r);
            }
            if (t instanceof IllegalArgumentException || t instanceof AccessDeniedException) {
                return Optional.of((RuntimeException) t);
            }
        }
        return Optional.empty();
    }
}
