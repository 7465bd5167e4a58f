package org.lpodesk.outsourcing.workflow;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.VariableScope;
import org.lpodesk.review.workflow.WorkflowModel;

/**
 * What the outsourcing steps keep of their own work (vendor site and associates group, requester,
 * documents to share, drafters, hours logged so far, AI use stated, versions delivered), kept in
 * one process variable, {@value #VARIABLE}, instead of one variable each: at Alfresco's history
 * level "full" every variable is a runtime row, a history row and a detail row per write, and a
 * lookup and an update of the history row when the process ends, which made the process's own
 * bookkeeping cost more than its steps. What the task forms show of it (hours, AI use) reaches
 * them through {@link TaskFormFacts}. Variables that the BPMN or the reports read by name stay
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
    /** The folder, in processes shared before it was kept only in {@code immwf_assignmentFolder}: read, no more written. */
    static final String FOLDER = "assignmentFolder";
    static final String DRAFTERS = "drafters";
    static final String TOTAL_HOURS = "totalHours";
    /** "true" when a shared document holds restricted data (restricted PII or a bulk-data category). */
    static final String RESTRICTED_DATA = "restrictedData";
    /** "true" once a drafting round stated generative AI use: a task that used AI once used AI. */
    static final String AI_USED = "aiUsed";
    /** The versions delivered into the case, {@code documentId@version}, comma-separated. */
    static final String DELIVERED_VERSIONS = "deliveredVersions";

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

    /**
     * The process's assignment folder, null before the documents were shared: the process
     * variable Share shows ({@code immwf_assignmentFolder}), or for a process shared before that
     * variable was the only record of it, this state's own entry. Kept once: writing it here too
     * rewrote this variable (a runtime update, a history lookup and update, a history detail row)
     * for a value already stored. Pass the process's scope, not a task's: a task-local value of the
     * same name (a property posted with a task form) must not move the folder a check looks at.
     */
    static String folder(VariableScope scope) {
        Object folder = scope.getVariable(WorkflowModel.VAR_ASSIGNMENT_FOLDER);
        return folder != null ? folder.toString() : of(scope).get(FOLDER);
    }

    /**
     * Whether a drafting round stated generative AI use: this state's entry, or for a process
     * drafted before the entry existed, the {@code immwf_aiUsed} variable it wrote then. Pass the
     * process's scope, as for {@link #folder}.
     */
    static boolean aiUsed(VariableScope scope) {
        return of(scope).aiUsed(scope.getVariable(WorkflowModel.VAR_AI_USED));
    }

    /** This state's AI statement, or the {@code immwf_aiUsed} value an older process stored instead. */
    boolean aiUsed(Object oldVariable) {
        return Boolean.parseBoolean(get(AI_USED)) || Boolean.TRUE.equals(oldVariable);
    }

    /** The versions delivered ({@code documentId@version,...}); null before delivery. Old processes: their variable. */
    static String deliveredVersions(VariableScope scope) {
        String delivered = of(scope).get(DELIVERED_VERSIONS);
        return delivered != null ? delivered : Vars.text(scope, WorkflowModel.VAR_DELIVERED_VERSIONS);
    }

    /** The ids of the drafts in the folder (the vendor's new documents and edited copies); none without a folder. */
    static List<String> draftIds(String folder, SharingPort sharing) {
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

    /**
     * An instant stored with {@link #with(String, Instant)}, null when absent. The form
     * {@link Instant#toString} gives (yyyy-MM-ddTHH:mm:ss[.fraction]Z) is read field by field:
     * {@link Instant#parse} builds a new formatter on every call and, run once per process, is
     * never compiled, which made it the costliest line of the closing step. Anything else is
     * left to {@link Instant#parse}.
     */
    Instant instant(String key) {
        String value = get(key);
        if (value == null) {
            return null;
        }
        int length = value.length();
        int fraction = length - 21;
        if ((length == 20 || fraction >= 1 && fraction <= 9 && value.charAt(19) == '.')
                && value.charAt(4) == '-' && value.charAt(7) == '-' && value.charAt(10) == 'T'
                && value.charAt(13) == ':' && value.charAt(16) == ':' && value.charAt(length - 1) == 'Z') {
            int year = digits(value, 0, 4);
            int month = digits(value, 5, 7);
            int day = digits(value, 8, 10);
            int hour = digits(value, 11, 13);
            int minute = digits(value, 14, 16);
            int second = digits(value, 17, 19);
            int nanos = length == 20 ? 0 : digits(value, 20, length - 1);
            if ((year | month | day | hour | minute | second | nanos) >= 0) {
                // ".5" is 500 000 000 nanoseconds
                for (int shown = fraction; length > 20 && shown < 9; shown++) {
                    nanos *= 10;
                }
                try {
                    return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
                } catch (DateTimeException outOfRange) {
                    // a leap second or a day that does not exist: Instant.parse's own answer
                }
            }
        }
        return Instant.parse(value);
    }

    Assignment with(String key, Instant value) {
        return with(key, value == null ? null : value.toString());
    }

    /** The decimal number {@code text[from, to)} spells, or -1 when it holds anything but digits. */
    private static int digits(String text, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
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
