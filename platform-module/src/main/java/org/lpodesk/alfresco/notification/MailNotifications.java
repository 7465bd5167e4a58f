package org.lpodesk.alfresco.notification;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.alfresco.repo.action.executer.MailActionExecuter;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.lpodesk.outsourcing.workflow.NotificationPort;
import org.lpodesk.review.workflow.WorkflowModel;
import org.springframework.extensions.surf.util.I18NUtil;

/**
 * {@link NotificationPort} through Alfresco's mail action: recipients may be user names or
 * {@code GROUP_} authorities (the action expands groups); subject and text come from the
 * workflow bundle ({@code immwf.notification.<KIND>.subject/.text}, arguments {0} vendor,
 * {1} task kind, {2} case, {3} due date, {4} decline reason, {5} delivered versions). The mail is
 * queued to go after the workflow step's transaction commits, so a rolled-back step sends nothing.
 */
public final class MailNotifications implements NotificationPort {

    private static final List<String> ARGUMENTS = List.of(WorkflowModel.VAR_VENDOR_ID, WorkflowModel.VAR_TASK_KIND,
            WorkflowModel.VAR_CASE_ID, WorkflowModel.VAR_DUE_DATE, WorkflowModel.VAR_DECLINE_REASON,
            WorkflowModel.VAR_DELIVERED_VERSIONS);

    private final ActionService actionService;

    public MailNotifications(ActionService actionService) {
        this.actionService = actionService;
    }

    @Override
    public void send(Notification notification) {
        if (notification.recipients().isEmpty()) {
            return;
        }
        Object[] args = ARGUMENTS.stream().map(k -> notification.details().getOrDefault(k, "")).toArray();
        String prefix = "immwf.notification." + notification.kind().name();
        Action mail = actionService.createAction(MailActionExecuter.NAME);
        mail.setParameterValue(MailActionExecuter.PARAM_TO_MANY, new ArrayList<>(notification.recipients()));
        mail.setParameterValue(MailActionExecuter.PARAM_SUBJECT, message(prefix + ".subject", args));
        mail.setParameterValue(MailActionExecuter.PARAM_TEXT, message(prefix + ".text", args));
        actionService.executeAction(mail, null, false, true);
    }

    private static Serializable message(String key, Object[] args) {
        String text = I18NUtil.getMessage(key, args);
        if (text == null) {
            throw new IllegalStateException("Message " + key + " is missing from the workflow bundle");
        }
        return text;
    }
}
