package org.lpodesk.alfresco.evidence;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lpodesk.alfresco.webscript.JsonExchange;
import org.lpodesk.api.ApiMessages;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.evidence.checklist.Checklist;
import org.lpodesk.evidence.checklist.ChecklistItem;
import org.lpodesk.evidence.checklist.Checklists;
import org.springframework.extensions.surf.util.I18NUtil;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /lpodesk/checklists/labels?items=a,b}: checklist items by name, for any signed-in user.
 * Share's checklist control shows a document's tags with it in view mode, including on a vendor's
 * shared copy, where the case's own checklist ({@code GET /lpodesk/cases/checklist}) is not the
 * vendor's to read. Only the catalogue's texts are answered, nothing of any case.
 */
public final class ChecklistLabelsWebScript extends AbstractWebScript {

    static final int MAX_ITEMS = 100;

    private final ChecklistCatalogue catalogue;

    public ChecklistLabelsWebScript(ChecklistCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        List<String> ids;
        try {
            String items = JsonExchange.arguments(req).requiredText("items");
            ids = List.of(items.split(",")).stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
            if (ids.isEmpty() || ids.size() > MAX_ITEMS) {
                throw new InvalidArgumentException("items", ApiMessages.format("argument.outOfRange", "items", ids.size(), 1, MAX_ITEMS));
            }
        } catch (IllegalArgumentException invalid) {
            JsonExchange.badRequest(res, invalid);
            return;
        }
        Checklists checklists = catalogue.current();
        Locale locale = I18NUtil.getLocale();
        List<Map<String, Object>> answer = new ArrayList<>();
        for (String id : ids) {
            Optional<ChecklistItem> item = find(checklists, id);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            row.put("label", item.map(i -> i.label(locale)).orElse(id));
            row.put("known", item.isPresent());
            answer.add(row);
        }
        JsonExchange.write(res, Status.STATUS_OK, Map.of("items", answer));
    }

    private static Optional<ChecklistItem> find(Checklists checklists, String id) {
        for (Checklist checklist : checklists.all()) {
            Optional<ChecklistItem> item = checklist.item(id);
            if (item.isPresent()) {
                return item;
            }
        }
        return Optional.empty();
    }
}
