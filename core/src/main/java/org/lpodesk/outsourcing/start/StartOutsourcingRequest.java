package org.lpodesk.outsourcing.start;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lpodesk.api.ApiMessages;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.RequestArguments;
import org.lpodesk.outsourcing.TaskKind;

/**
 * The body of {@code POST /lpodesk/outsourcing}, validated field by field before the sharing
 * policy and the due-date helper see it:
 * <pre>
 * {"caseId": "workspace://SpacesStore/…", "vendorId": "acme", "taskKind": "RFE_RESPONSE",
 *  "dueDate": "2026-04-01", "documents": ["workspace://SpacesStore/…"], "piiReason": "…",
 *  "description": "…", "priority": 2, "reminderLeadHours": 48}
 * </pre>
 * {@code dueDate} may be left out (the engagement's turnaround decides); {@code documents} may be
 * empty for kinds that carry no client documents. Node references must be distinct.
 */
public record StartOutsourcingRequest(String caseId, String vendorId, TaskKind taskKind, Optional<LocalDate> dueDate,
                                      List<String> documents, Optional<String> piiReason,
                                      Optional<String> description, int priority,
                                      Optional<Integer> reminderLeadHours) {

    public static final int MAX_DOCUMENTS = 200;

    public StartOutsourcingRequest {
        documents = List.copyOf(documents);
    }

    public static StartOutsourcingRequest parse(Map<String, ?> body) {
        RequestArguments a = RequestArguments.of(body);
        String caseId = a.requiredNodeRef("caseId");
        String vendorId = a.requiredMatching("vendorId", java.util.regex.Pattern.compile("[a-z0-9-]{2,30}"),
                "a vendor id of 2 to 30 characters a-z, 0-9 and '-'");
        TaskKind kind = a.requiredEnum("taskKind", TaskKind.class);
        Optional<LocalDate> due = a.optionalDate("dueDate");
        List<String> documents = new ArrayList<>();
        Object list = body.get("documents");
        if (list != null) {
            if (!(list instanceof List<?> items)) {
                throw new InvalidArgumentException("documents", ApiMessages.format("argument.notList", "documents"));
            }
            if (items.size() > MAX_DOCUMENTS) {
                throw new InvalidArgumentException("documents", ApiMessages.format("argument.outOfRange",
                        "documents", items.size(), 0, MAX_DOCUMENTS));
            }
            LinkedHashSet<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < items.size(); i++) {
                String name = "documents[" + i + "]";
                String ref = RequestArguments.of(Map.of(name, String.valueOf(items.get(i)))).requiredNodeRef(name);
                if (!seen.add(ref)) {
                    throw new InvalidArgumentException(name, ApiMessages.format("argument.duplicate", name, ref));
                }
                documents.add(ref);
            }
        }
        int priority = a.optionalInt("priority", 2, 1, 3);
        int lead = a.optionalInt("reminderLeadHours", 0, 1, 720);
        return new StartOutsourcingRequest(caseId, vendorId, kind, due, documents, a.optionalText("piiReason"),
                a.optionalText("description"), priority, lead == 0 ? Optional.empty() : Optional.of(lead));
    }
}
