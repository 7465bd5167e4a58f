package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.activiti.engine.delegate.VariableScope;
import org.lpodesk.outsourcing.workflow.NotificationPort.Kind;
import org.lpodesk.outsourcing.workflow.NotificationPort.Notification;

/** Builds the notifications of the outsourcing process from its variables. */
public final class Notifier {

    private final NotificationPort port;

    public Notifier(NotificationPort port) {
        this.port = Objects.requireNonNull(port, "port");
    }

    /** Sends to the vendor's managers, the associate (once assigned) and the requester, as the kind needs. */
    void send(Kind kind, String processInstanceId, VariableScope scope) {
        List<String> recipients = new ArrayList<>();
        String requester = Assignment.of(scope).get(Assignment.REQUESTER);
        String managers = Vars.text(scope, VAR_VENDOR_MANAGERS_GROUP);
        String associate = Vars.text(scope, VAR_ASSOCIATE);
        switch (kind) {
            case DUE_SOON, OVERDUE -> {
                addIfPresent(recipients, managers);
                addIfPresent(recipients, requester);
            }
            case CANCELLED -> {
                addIfPresent(recipients, requester);
                addIfPresent(recipients, managers);
                addIfPresent(recipients, associate);
            }
            case DECLINED, DELIVERED -> addIfPresent(recipients, requester);
        }
        Map<String, String> details = new LinkedHashMap<>();
        for (String name : List.of(VAR_VENDOR_ID, VAR_TASK_KIND, VAR_CASE_ID, VAR_DUE_DATE, VAR_DECLINE_REASON,
                VAR_DELIVERED_VERSIONS)) {
            Object value = name.equals(VAR_DELIVERED_VERSIONS) ? Assignment.deliveredVersions(scope)
                    : scope.getVariable(name);
            if (value != null) {
                details.put(name, value instanceof java.util.Date d ? d.toInstant().toString() : value.toString());
            }
        }
        port.send(new Notification(kind, processInstanceId, recipients, details));
    }

    private static void addIfPresent(List<String> recipients, String authority) {
        if (authority != null && !authority.isBlank() && !recipients.contains(authority)) {
            recipients.add(authority);
        }
    }
}
