package org.lpodesk.alfresco.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.evidence.checklist.Checklist;
import org.lpodesk.evidence.checklist.ChecklistDefinitionException;
import org.lpodesk.evidence.checklist.Checklists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checklists in force: core's defaults, overridden or extended by the firm's file in the Data
 * Dictionary when it has one. The file is looked at on each use (one node read) and parsed again
 * only when it changed, so an edit counts from the next request without a restart. A file that does
 * not parse or validate is refused: the defaults (or the last good file) stay in force, the reason is
 * logged and answered by the checklist web script to whoever asks, naming the item at fault.
 */
public final class ChecklistCatalogue {

    private static final Logger LOG = LoggerFactory.getLogger(ChecklistCatalogue.class);

    /** What was last read: which version of the file, the catalogue it gave, and why it was refused if it was. */
    private record Loaded(NodeRef file, long modified, Checklists checklists, String refusal) {
    }

    private final NodeService nodeService;
    private final FirmChecklistFile firmFile;
    private final Checklists defaults;
    private final AtomicReference<Loaded> loaded = new AtomicReference<>();

    /**
     * @param nodeService the internal node service: the case type decides the checklist, whoever asks
     */
    public ChecklistCatalogue(NodeService nodeService, FirmChecklistFile firmFile, Checklists defaults) {
        this.nodeService = nodeService;
        this.firmFile = firmFile;
        this.defaults = defaults;
    }

    public Checklists current() {
        return load().checklists();
    }

    /** Why the firm's file is not in force, if it is not. */
    public Optional<String> refusal() {
        return Optional.ofNullable(load().refusal());
    }

    /** The checklist of the case's type. */
    public Checklist checklistOf(NodeRef caseNode) {
        Object type = nodeService.getProperty(caseNode, ImmModel.PROP_CASE_TYPE);
        return current().forCaseType(type == null ? "" : type.toString());
    }

    private Loaded load() {
        Optional<FirmChecklistFile.Snapshot> file = firmFile.find();
        Loaded last = loaded.get();
        if (file.isEmpty()) {
            if (last == null || last.file() != null) {
                last = new Loaded(null, 0, defaults, null);
                loaded.set(last);
            }
            return last;
        }
        FirmChecklistFile.Snapshot now = file.get();
        if (last != null && now.node().equals(last.file()) && now.modified().getTime() == last.modified()) {
            return last;
        }
        Loaded next;
        try (InputStream in = now.content().open()) {
            next = new Loaded(now.node(), now.modified().getTime(), defaults.withOverride(in), null);
            LOG.info("LPO Desk evidence checklists: the firm's file {} is in force", now.node());
        } catch (ChecklistDefinitionException refused) {
            // keep what was in force before: the last good file, else the defaults
            Checklists keep = last == null ? defaults : last.checklists();
            next = new Loaded(now.node(), now.modified().getTime(), keep, refused.getMessage());
            LOG.warn("LPO Desk evidence checklists: the firm's file {} is refused, the checklists in force stay: {}",
                    now.node(), refused.getMessage());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        loaded.set(next);
        return next;
    }
}
