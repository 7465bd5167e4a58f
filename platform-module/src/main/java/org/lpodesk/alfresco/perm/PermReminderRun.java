package org.lpodesk.alfresco.perm;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.alfresco.repo.action.executer.MailActionExecuter;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.transaction.TransactionService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.lpodesk.alfresco.cases.DatabaseQuery;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.cases.CaseStatus;
import org.lpodesk.cases.CaseType;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.firm.FirmGroup;
import org.lpodesk.perm.PermReminders;
import org.lpodesk.perm.PermTracker;

/**
 * One run of the PERM reminders: every open PERM case, a page of cases at a time; for each, the
 * reminders core says are due today are mailed to the responsible attorney and the firm's
 * paralegals, and their keys recorded on the case, in one transaction per case. The mail goes
 * synchronously and a failure is not ignored, so a case whose mail failed keeps no key and is
 * reminded on the next run; one failing case does not stop the others.
 */
public final class PermReminderRun {

    private static final Log LOG = LogFactory.getLog(PermReminderRun.class);
    private static final int PAGE = 200;

    /** What a run did, for the log. */
    public record Report(int cases, int sent, int failed) {
    }

    private final DatabaseQuery query;
    private final NodeService nodeService;
    private final ActionService actionService;
    private final TransactionService transactionService;
    private final PermRecords records;
    private final PermTracker tracker;
    private final PermReminders reminders;
    private final FirmCalendar firmCalendar;
    private final Clock clock;
    private final Locale firmLocale;

    /**
     * @param query       on the internal search service: every PERM case, whoever runs it
     * @param nodeService the internal node service
     * @param leadDays    comma-separated days before a clock closes to remind (lpodesk.perm.reminders.leadDays)
     */
    public PermReminderRun(DatabaseQuery query, NodeService nodeService, ActionService actionService,
                           TransactionService transactionService, PermRecords records, PermTracker tracker,
                           FirmCalendar firmCalendar, Clock clock, String firmLocaleTag, String leadDays) {
        this.query = query;
        this.nodeService = nodeService;
        this.actionService = actionService;
        this.transactionService = transactionService;
        this.records = records;
        this.tracker = tracker;
        this.reminders = new PermReminders(Arrays.stream(leadDays.split(",")).map(String::trim)
                .filter(d -> !d.isEmpty()).map(Integer::valueOf).toList());
        this.firmCalendar = firmCalendar;
        this.clock = clock;
        this.firmLocale = Locale.forLanguageTag(firmLocaleTag);
    }

    public Report run() {
        LocalDate today = firmCalendar.today(clock);
        String cmis = "SELECT c.cmis:objectId FROM imm:case AS c WHERE c.imm:caseType = '" + CaseType.PERM.name() + "' AND "
                + CaseStatus.cmisOpenCondition("c") + " ORDER BY c.imm:caseNumber ASC";
        int cases = 0;
        int sent = 0;
        int failed = 0;
        for (int skip = 0; ; skip += PAGE) {
            int from = skip;
            List<NodeRef> page = transactionService.getRetryingTransactionHelper()
                    .doInTransaction(() -> query.nodes(cmis, from, PAGE), true, false);
            for (NodeRef caseNode : page) {
                cases++;
                try {
                    sent += transactionService.getRetryingTransactionHelper()
                            .doInTransaction(() -> remind(caseNode, today), false, true);
                } catch (RuntimeException failure) {
                    failed++;
                    LOG.warn("PERM reminders of case " + caseNode + " failed and will be tried again on the next run: "
                            + failure.getMessage(), failure);
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        Report report = new Report(cases, sent, failed);
        LOG.info("PERM reminders on " + today + ": " + report.cases() + " open PERM cases, " + report.sent()
                + " reminders sent, " + report.failed() + " cases to retry");
        return report;
    }

    /** The reminders due for one case, mailed and recorded together. */
    int remind(NodeRef caseNode, LocalDate today) {
        if (!records.isPermCase(caseNode)) {
            return 0;
        }
        String caseNumber = String.valueOf(nodeService.getProperty(caseNode, ImmModel.PROP_CASE_NUMBER));
        Set<String> sentKeys = new LinkedHashSet<>();
        if (nodeService.getProperty(caseNode, ImmModel.PROP_PERM_REMINDERS_SENT) instanceof Collection<?> keys) {
            keys.forEach(k -> sentKeys.add(String.valueOf(k)));
        }
        List<PermReminders.Reminder> due = reminders.due(caseNumber, tracker.timeline(records.read(caseNode)), today, sentKeys);
        if (due.isEmpty()) {
            return 0;
        }
        List<String> recipients = new ArrayList<>();
        Serializable attorney = nodeService.getProperty(caseNode, ImmModel.PROP_RESPONSIBLE_ATTORNEY);
        if (attorney != null && !attorney.toString().isBlank()) {
            recipients.add(attorney.toString());
        }
        recipients.add(FirmGroup.PARALEGALS.authority());
        for (PermReminders.Reminder reminder : due) {
            Action mail = actionService.createAction(MailActionExecuter.NAME);
            mail.setParameterValue(MailActionExecuter.PARAM_TO_MANY, new ArrayList<>(recipients));
            mail.setParameterValue(MailActionExecuter.PARAM_SUBJECT, reminder.subject().format(firmLocale));
            mail.setParameterValue(MailActionExecuter.PARAM_TEXT, reminder.body().format(firmLocale));
            mail.setParameterValue(MailActionExecuter.PARAM_IGNORE_SEND_FAILURE, Boolean.FALSE);
            actionService.executeAction(mail, null, false, false);
            sentKeys.add(reminder.key());
        }
        nodeService.setProperty(caseNode, ImmModel.PROP_PERM_REMINDERS_SENT, new ArrayList<>(sentKeys));
        return due.size();
    }
}
