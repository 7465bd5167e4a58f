package org.lpodesk.alfresco.uscis;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.transaction.TransactionService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.lpodesk.alfresco.cases.DatabaseQuery;
import org.lpodesk.alfresco.model.ImmModel;
import org.lpodesk.alfresco.notice.ReceiptNumberRegistry;
import org.lpodesk.cases.CaseStatus;
import org.lpodesk.dates.CalendarDates;
import org.lpodesk.dates.FirmCalendar;
import org.lpodesk.identifier.ReceiptNumber;
import org.lpodesk.uscis.CaseStatusApi;
import org.lpodesk.uscis.CheckPlanner;
import org.lpodesk.uscis.StatusRun;
import org.lpodesk.uscis.StatusSource;

/**
 * One day's scheduled USCIS checks: every receipt number held by an open case, those whose case
 * was checked longest ago first, planned by core within the rate and the daily quota less its
 * headroom, less what the API was already asked today (a run after a restart resumes where the
 * last one stopped: the day's log says what was asked). Each answer is recorded in its own
 * transaction; what did not fit is reported in the log. Refused credentials stop the run and are
 * flagged for the case page until a later run is accepted.
 */
public final class ScheduledStatusRun {

    private static final Log LOG = LogFactory.getLog(ScheduledStatusRun.class);
    private static final int PAGE = 500;
    /** Who the scheduled checks are recorded as. */
    static final String SYSTEM = "system";
    static final String FLAG_KEY = "lpodesk.uscis";
    static final String CREDENTIALS_REFUSED = "credentialsRefusedAt";

    private final ReceiptNumberRegistry registry;
    private final NodeService nodeService;
    private final DatabaseQuery query;
    private final TransactionService transactionService;
    private final AttributeService attributeService;
    private final StatusRecorder recorder;
    private final UscisApiClient client;
    private final CheckPlanner.Settings settings;
    private final FirmCalendar firmCalendar;
    private final Clock clock;
    private final Consumer<Duration> sleep;

    /**
     * @param query       on the internal search service
     * @param nodeService the internal node service
     */
    public ScheduledStatusRun(ReceiptNumberRegistry registry, NodeService nodeService, DatabaseQuery query,
                              TransactionService transactionService, AttributeService attributeService,
                              StatusRecorder recorder, UscisApiClient client, int dailyQuota, int headroomPercent,
                              double ratePerSecond, FirmCalendar firmCalendar, Clock clock) {
        this.registry = registry;
        this.nodeService = nodeService;
        this.query = query;
        this.transactionService = transactionService;
        this.attributeService = attributeService;
        this.recorder = recorder;
        this.client = client;
        this.settings = new CheckPlanner.Settings(dailyQuota, headroomPercent, ratePerSecond);
        this.firmCalendar = firmCalendar;
        this.clock = clock;
        this.sleep = UscisApiClient::sleep;
    }

    /** @return what the run did, or empty when no API credentials are configured */
    public Optional<StatusRun.Report> run() {
        return run(caseNode -> true);
    }

    /**
     * The run over some open cases only (an administrator's "check these now", a test's own case);
     * the day's quota still counts every API check of the day.
     */
    public Optional<StatusRun.Report> run(Predicate<NodeRef> cases) {
        Optional<CaseStatusApi> api = client.api();
        if (api.isEmpty()) {
            LOG.info("USCIS status checks: no API credentials (lpodesk.uscis.api.clientId/clientSecret); only manual and "
                    + "notice entries are recorded");
            return Optional.empty();
        }
        List<ReceiptNumber> receipts = readOnly(() -> openReceipts(cases));
        Set<ReceiptNumber> asked = readOnly(this::askedToday);
        CheckPlanner.Plan plan = new CheckPlanner(settings).plan(receipts, asked, clock.instant());
        StatusRun.Report report = new StatusRun(settings, clock, sleep).run(plan, api.get()::check,
                check -> transactionService.getRetryingTransactionHelper()
                        .doInTransaction(() -> recorder.record(check, Optional.empty()), false, true),
                SYSTEM);
        transactionService.getRetryingTransactionHelper().doInTransaction(() -> {
            if (report.credentialsRefused()) {
                attributeService.setAttribute(Date.from(clock.instant()), FLAG_KEY, CREDENTIALS_REFUSED);
            } else if (report.checked() > 0) {
                attributeService.removeAttribute(FLAG_KEY, CREDENTIALS_REFUSED);
            }
            return null;
        }, false, true);
        String summary = "USCIS status checks: " + receipts.size() + " receipt numbers of open cases, " + asked.size()
                + " asked earlier today, " + report.planned() + " planned, " + report.checked() + " recorded ("
                + report.failed() + " failed checks), " + report.notRecorded() + " not recorded, " + report.skipped().size()
                + " left for tomorrow (daily budget " + settings.dailyBudget() + "), in " + report.took().toSeconds() + " s";
        if (report.credentialsRefused()) {
            LOG.error(summary + "; USCIS REFUSED THE CREDENTIALS: " + report.left().size()
                    + " not asked until lpodesk.uscis.api.clientId/clientSecret are fixed");
        } else {
            LOG.info(summary);
        }
        return Optional.of(report);
    }

    /** The open cases' receipt numbers, the cases checked longest ago (or never) first. */
    private List<ReceiptNumber> openReceipts(Predicate<NodeRef> cases) {
        record CaseReceipts(Instant lastChecked, List<ReceiptNumber> numbers) {
        }
        List<CaseReceipts> open = new ArrayList<>();
        for (Map.Entry<NodeRef, List<ReceiptNumber>> e : registry.byCase().entrySet()) {
            NodeRef caseNode = e.getKey();
            if (!cases.test(caseNode) || !nodeService.exists(caseNode) || !ImmModel.TYPE_CASE.equals(nodeService.getType(caseNode))) {
                continue;
            }
            Serializable status = nodeService.getProperty(caseNode, ImmModel.PROP_CASE_STATUS);
            if (status == null || CaseStatus.fromModelValue(status.toString()).isFinal()) {
                continue;
            }
            Serializable last = nodeService.getProperty(caseNode, ImmModel.PROP_USCIS_LAST_STATUS_AT);
            open.add(new CaseReceipts(last instanceof Date d ? d.toInstant() : Instant.EPOCH, e.getValue()));
        }
        open.sort(Comparator.comparing(CaseReceipts::lastChecked));
        return open.stream().flatMap(c -> c.numbers().stream()).toList();
    }

    /** The receipt numbers the API was asked about since the firm's midnight, good answer or not. */
    private Set<ReceiptNumber> askedToday() {
        Instant midnight = firmCalendar.today(clock).atStartOfDay(firmCalendar.zone()).toInstant();
        String cmis = "SELECT s.cmis:objectId FROM imm:statusCheck AS s WHERE s.imm:checkSource = '" + StatusSource.API.name()
                + "' AND s.imm:checkedAt >= TIMESTAMP '" + CalendarDates.cmisTimestamp(midnight) + "'";
        Set<ReceiptNumber> asked = new HashSet<>();
        for (int skip = 0; ; skip += PAGE) {
            List<NodeRef> page = query.nodes(cmis, skip, PAGE);
            for (NodeRef check : page) {
                Serializable receipt = nodeService.getProperty(check, ImmModel.PROP_CHECK_RECEIPT_NUMBER);
                if (receipt != null) {
                    asked.add(new ReceiptNumber(receipt.toString()));
                }
            }
            if (page.size() < PAGE) {
                return asked;
            }
        }
    }

    private <T> T readOnly(Supplier<T> work) {
        return transactionService.getRetryingTransactionHelper().doInTransaction(work::get, true, false);
    }
}
