package org.lpodesk.outsourcing.workflow;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.VariableScope;

/**
 * What only the outsourcing steps themselves read (vendor site and associates group, requester,
 * documents to share, assignment folder, drafters, hours logged so far), kept in one process
 * variable, {@value #VARIABLE}, instead of one variable each: every variable is a runtime row
 * and a history row the engine inserts, which made the process's own bookkeeping cost more than
 * its steps. Variables that the BPMN, Share, the Alfresco adapters or the tests read by name stay
 * separate. Stored as {@code key=value} lines (a plain string, as Alfresco's workflow history
 * shows it); a value's backslashes and line breaks are escaped.
 */
final class Assignment {

    static final String VARIABLE = "immwf_assignment";

    static final String REQUESTER = "requester";
    static final String REQUESTED_AT = "requestedAt";
    static final String VENDOR_SITE = "vendorSite";
    static final String ASSOCIATES_GROUP = "vendorAssociatesGroup";
    static final String SHARED_DOCUMENTS = "sharedDocuments";
    static final String FOLDER = "assignmentFolder";
    static final String DRAFTERS = "drafters";
    static final String TOTAL_HOURS = "totalHours";
    /** "true" when a shared document holds restricted data (restricted PII or a bulk-data category). */
    static final String RESTRICTED_DATA = "restrictedData";

    private final String stored;
    private final Map<String, String> values;

    private Assignment(String stored, Map<String, String> values) {
        this.stored = stored;
        this.values = values;
    }

    /** The process's assignment state; empty before the request check stored it. */
    static Assignment of(VariableScope scope) {
        Object value = scope.getVariable(VARIABLE);
        return parse(value == null ? null : value.toString());
    }

    /** The state as stored in the variable's value; empty for null or blank. */
    static Assignment parse(String stored) {
        Map<String, String> values = new LinkedHashMap<>();
        if (stored != null && !stored.isEmpty()) {
            for (String line : stored.split("\n")) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    values.put(line.substring(0, equals), unescape(line.substring(equals + 1)));
                }
            }
        }
        return new Assignment(stored, values);
    }

    static Assignment empty() {
        return new Assignment(null, new LinkedHashMap<>());
    }

    String get(String key) {
        return values.get(key);
    }

    /** A comma-separated value as a list (ids hold no comma). */
    List<String> list(String key) {
        String value = get(key);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    Set<String> set(String key) {
        return new LinkedHashSet<>(list(key));
    }

    /** The ids of the drafts in the assignment folder (the vendor's new documents and edited copies); none before it exists. */
    List<String> draftIds(SharingPort sharing) {
        String folder = get(FOLDER);
        return folder == null ? List.of() : sharing.drafts(folder).stream().map(SharingPort.Draft::documentId).toList();
    }

    /** A number stored with {@link #with(String, double)}; 0 when absent. */
    double number(String key) {
        String value = get(key);
        return value == null ? 0 : Double.parseDouble(value);
    }

    Assignment with(String key, double value) {
        return with(key, Double.toString(value));
    }

    /** Sets (or, with null, removes) one value; nothing is written until {@link #store}. */
    Assignment with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return new Assignment(stored, copy);
    }

    /** Writes the variable on the process, only when something changed (an unchanged write is still an update). */
    void store(DelegateExecution execution) {
        String encoded = encode();
        if (!encoded.equals(stored)) {
            execution.setVariable(VARIABLE, encoded);
        }
    }

    private String encode() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(entry.getKey()).append('=').append(escape(entry.getValue()));
        }
        return text.toString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }

    private static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                text.append(next == 'n' ? '\n' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
