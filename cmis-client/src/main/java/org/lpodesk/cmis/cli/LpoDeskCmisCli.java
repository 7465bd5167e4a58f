package org.lpodesk.cmis.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConnectionException;
import org.lpodesk.cmis.Messages;
import org.lpodesk.cmis.client.CaseCriteria;
import org.lpodesk.cmis.client.CaseSummary;
import org.lpodesk.cmis.client.DocumentRef;
import org.lpodesk.cmis.client.PermStatus;
import org.lpodesk.cmis.client.EvidenceStatus;
import org.lpodesk.cmis.client.FolderRef;
import org.lpodesk.cmis.client.Identifiers;
import org.lpodesk.cmis.client.ImmigrationCmisClient;
import org.lpodesk.cmis.client.NewCase;
import org.lpodesk.cmis.client.NewClient;
import org.lpodesk.cmis.client.CmisConnection;
import org.lpodesk.cmis.client.NewNotice;
import org.lpodesk.cmis.client.NoticeRecord;
import org.lpodesk.cmis.client.Page;
import org.lpodesk.cmis.client.RepositoryScripts;
import org.lpodesk.cmis.client.UscisStatus;
import org.lpodesk.cmis.importer.ImportException;
import org.lpodesk.cmis.importer.ImportSummary;
import org.lpodesk.cmis.importer.PracticeImporter;
import org.lpodesk.cmis.types.CmisTypeCatalog;
import org.lpodesk.cmis.types.ImmModel;
import org.lpodesk.cmis.types.TypeDefinitionsXml;
import org.lpodesk.cmis.types.TypeReferenceMarkdown;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lpodesk-cmis}: the integrator kit's command line. Exit codes: 0 done, 1 refused input
 * (the message names the property and the value), 2 usage error, 3 the server failed or could
 * not be reached.
 */
@Command(name = "lpodesk-cmis", mixinStandardHelpOptions = true, resourceBundle = "org.lpodesk.cmis.cli.usage",
        subcommands = {LpoDeskCmisCli.CaseCommand.class, LpoDeskCmisCli.NoticeCommand.class,
                LpoDeskCmisCli.DeadlinesCommand.class, LpoDeskCmisCli.QueryCommand.class,
                LpoDeskCmisCli.ImportCommand.class, LpoDeskCmisCli.TypesCommand.class,
                LpoDeskCmisCli.ChecklistCommand.class, LpoDeskCmisCli.PermCommand.class,
                LpoDeskCmisCli.StatusCommand.class, LpoDeskCmisCli.ReportCommand.class,
                LpoDeskCmisCli.MailCommand.class})
public final class LpoDeskCmisCli {

    public static final int REFUSED = 1;
    public static final int SERVER_ERROR = 3;

    public static void main(String[] args) {
        Console console = System.console();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CliContext ctx = new CliContext(out, err, System.getenv(), Path.of(System.getProperty("user.home")),
                console == null ? null : prompt -> console.readPassword("%s", prompt), Clock.systemDefaultZone(),
                ImmigrationCmisClient::connect);
        System.exit(execute(ctx, args));
    }

    private static final Pattern ALFRESCO_LOG_NUMBER =
            Pattern.compile("(^|: )([0-9]{8}) ");

    /** Runs one command line; returns the exit code. */
    public static int execute(CliContext ctx, String... args) {
        CommandLine cli = new CommandLine(LpoDeskCmisCli.class, new Factory(ctx));
        cli.setOut(ctx.out());
        cli.setErr(ctx.err());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            ctx.err().println(Messages.get("cli.error", message(e)));
            ctx.err().flush();
            return e instanceof CmisBaseException || e instanceof UncheckedIOException ? SERVER_ERROR : REFUSED;
        });
        int code = cli.execute(args);
        ctx.out().flush();
        ctx.err().flush();
        return code;
    }

    private static String message(Exception e) {
        if (e instanceof CmisConnectionException) {
            return Messages.get("cli.cannotConnect", e.getMessage());
        }
        if (e instanceof CmisBaseException cmis) {
            // Alfresco puts its error-log number inside the message ("Constraint violation: 10270053
            // A case cannot move ..."); the reader wants the reason first, the administrator the number
            Matcher logged = ALFRESCO_LOG_NUMBER.matcher(String.valueOf(cmis.getMessage()));
            if (logged.find()) {
                String reason = cmis.getMessage().substring(0, logged.start()) + logged.group(1)
                        + cmis.getMessage().substring(logged.end());
                return Messages.get("cli.serverRefusedLogged", cmis.getExceptionName(), reason, logged.group(2));
            }
            return Messages.get("cli.serverRefused", cmis.getExceptionName(), cmis.getMessage());
        }
        return e.getMessage();
    }

    /** Builds the commands with the context they print to (constructor injection). */
    private static final class Factory implements CommandLine.IFactory {
        private final CliContext ctx;

        Factory(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(CliContext.class).newInstance(ctx);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }

    /** Common ground of the commands that talk to a repository. */
    abstract static class Connected implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        final CliContext ctx;

        Connected(CliContext ctx) {
            this.ctx = ctx;
        }

        ImmigrationCmisClient kit() {
            return ctx.connector().apply(connection.resolve(ctx));
        }

        PrintWriter out() {
            return ctx.out();
        }

        /** The repository's web scripts beside the CMIS URL, or at --service-url / LPODESK_SERVICE_URL. */
        RepositoryScripts scripts(String serviceUrl) {
            CmisConnection resolved = connection.resolve(ctx);
            String override = serviceUrl != null ? serviceUrl : ctx.env().get("LPODESK_SERVICE_URL");
            return override == null || override.isBlank() ? RepositoryScripts.forConnection(resolved)
                    : new RepositoryScripts(java.net.URI.create(override), resolved.user(), resolved.password());
        }
    }

    /** A command that only groups sub-commands: run alone, it shows its usage. */
    abstract static class Group implements Callable<Integer> {
        @picocli.CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return CommandLine.ExitCode.USAGE;
        }
    }

    @Command(name = "case", mixinStandardHelpOptions = true, subcommands = {CaseCreate.class, CaseShow.class})
    static final class CaseCommand extends Group {
    }

    @Command(name = "create", mixinStandardHelpOptions = true)
    static final class CaseCreate extends Connected {
        @Option(names = "--client", required = true, descriptionKey = "option.client")
        String client;
        @Option(names = "--parent", defaultValue = "/", descriptionKey = "option.parent")
        String parent;
        @Option(names = "--number", required = true, descriptionKey = "option.number")
        String number;
        @Option(names = "--type", required = true, descriptionKey = "option.type")
        String type;
        @Option(names = "--status", descriptionKey = "option.status")
        String status;
        @Option(names = "--beneficiary", descriptionKey = "option.beneficiary")
        String beneficiary;
        @Option(names = "--petitioner", descriptionKey = "option.petitioner")
        String petitioner;
        @Option(names = "--receipt", descriptionKey = "option.receipt")
        String receipt;
        @Option(names = "--a-number", descriptionKey = "option.aNumber")
        String aNumber;
        @Option(names = "--priority-date", descriptionKey = "option.priorityDate")
        String priorityDate;
        @Option(names = "--attorney", descriptionKey = "option.attorney")
        String attorney;

        CaseCreate(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            ImmigrationCmisClient kit = kit();
            NewCase kase = new NewCase(number, type, status, beneficiary, petitioner, receipt,
                    Identifiers.aNumber(aNumber),
                    date(kit, priorityDate, "imm:priorityDate"), attorney);
            NewClient newClient = NewClient.named(client);
            kit.check(newClient);
            kit.check(kase);
            String clientPath = (parent.endsWith("/") ? parent : parent + "/") + client;
            Optional<String> existing = kit.idAt(clientPath);
            FolderRef clientFolder = existing
                    .map(id -> new FolderRef(id, client, clientPath, ImmigrationCmisClient.CLIENT_TYPE))
                    .orElseGet(() -> kit.createClient(parent, newClient));
            FolderRef created;
            try {
                created = kit.createCase(clientFolder, kase);
            } catch (RuntimeException refused) {
                // a refusal only the server can make (a receipt number another case holds): the
                // client folder made for this case goes too, so the command changes nothing
                if (existing.isEmpty()) {
                    kit.session().delete(kit.session().createObjectId(clientFolder.id()));
                }
                throw refused;
            }
            out().println(Messages.get("cli.caseCreated", number, type, created.path(), created.id()));
            Identifiers.receiptWarnings(receipt).forEach(w -> ctx.err().println(Messages.get("cli.warning", w)));
            return 0;
        }
    }

    static LocalDate date(ImmigrationCmisClient kit, String text, String propertyId) {
        return kit.rules().date(propertyId, text);
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class CaseShow extends Connected {
        @Parameters(index = "0", descriptionKey = "param.case")
        String caseRef;

        CaseShow(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            ImmigrationCmisClient kit = kit();
            FolderRef kase = kit.caseRef(caseRef);
            out().println(Messages.get("cli.caseHeader", kase.name(), kase.path()));
            for (Map.Entry<String, Object> p : kit.properties(kase.id()).entrySet()) {
                if (p.getKey().startsWith("imm:") && p.getValue() != null) {
                    out().println(Messages.get("cli.propertyLine", p.getKey(), p.getValue()));
                }
            }
            Map<String, DocumentRef> docs = kit.documentsIn(kase.id());
            out().println(Messages.get("cli.documentsHeader", docs.size()));
            for (DocumentRef d : docs.values()) {
                out().println(Messages.get("cli.documentLine", d.name(), d.typeId(), d.versionLabel(),
                        String.join(" ", d.secondaryTypeIds())));
            }
            var deliverables = kit.approvedDeliverables(kase.id());
            out().println(Messages.get("cli.deliverablesHeader", deliverables.size()));
            for (var d : deliverables) {
                out().println(Messages.get("cli.deliverableLine", d.name(), d.versionLabel(), d.approver()));
            }
            return 0;
        }
    }

    @Command(name = "notice", mixinStandardHelpOptions = true, subcommands = NoticeAdd.class)
    static final class NoticeCommand extends Group {
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class NoticeAdd extends Connected {
        @Parameters(index = "0", descriptionKey = "param.case")
        String caseRef;
        @Option(names = "--kind", required = true, descriptionKey = "option.kind")
        String kind;
        @Option(names = "--date", required = true, descriptionKey = "option.noticeDate")
        String date;
        @Option(names = "--service", descriptionKey = "option.service")
        String service;
        @Option(names = "--receipt", descriptionKey = "option.receipt")
        String receipt;
        @Option(names = "--due", descriptionKey = "option.due")
        String due;
        @Option(names = "--file", descriptionKey = "option.file")
        Path file;

        NoticeAdd(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() throws IOException {
            ImmigrationCmisClient kit = kit();
            LocalDate noticeDate = date(kit, date, "imm:noticeDate");
            LocalDate dueDate = date(kit, due, "imm:statedDueDate");
            byte[] content = file == null ? null : Files.readAllBytes(file);
            NoticeRecord r = kit.recordNotice(caseRef, new NewNotice(kind, noticeDate, service, receipt, dueDate,
                    file == null ? null : file.getFileName().toString(), null, content));
            out().println(Messages.get("cli.noticeRecorded", kind, r.document().name(), r.document().id()));
            Identifiers.receiptWarnings(receipt).forEach(w -> ctx.err().println(Messages.get("cli.warning", w)));
            if (r.responseDeadline() != null) {
                out().println(Messages.get("cli.noticeDeadline", r.responseDeadline(), r.deadlineRule()));
            } else if (r.deadlineRule() != null) {
                out().println(Messages.get("cli.noticeFlag", r.deadlineRule()));
            }
            if (r.caseDeadlineChanged()) {
                out().println(r.caseDeadline() == null ? Messages.get("cli.caseDeadlineCleared")
                        : Messages.get("cli.caseDeadlineMoved", r.caseDeadline(), r.caseDeadlineRule()));
            }
            return 0;
        }
    }

    @Command(name = "deadlines", mixinStandardHelpOptions = true)
    static final class DeadlinesCommand extends Connected {
        @Option(names = "--days", required = true, descriptionKey = "option.days")
        int days;

        DeadlinesCommand(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            if (days < 0) {
                throw new CliException(Messages.get("cli.negativeDays", days));
            }
            LocalDate today = LocalDate.now(ctx.clock());
            var cases = kit().deadlinesWithin(days, today);
            out().println(Messages.get("cli.deadlinesHeader", cases.size(), days, today));
            for (CaseSummary c : cases) {
                out().println(Messages.get("cli.deadlineLine", c.deadline(),
                        java.time.temporal.ChronoUnit.DAYS.between(today, c.deadline()), c.caseNumber(),
                        c.caseType(), c.status(), nz(c.beneficiaryName())));
            }
            return 0;
        }
    }

    @Command(name = "query", mixinStandardHelpOptions = true)
    static final class QueryCommand extends Connected {
        @Option(names = "--status", descriptionKey = "option.status")
        String status;
        @Option(names = "--type", descriptionKey = "option.type")
        String type;
        @Option(names = "--receipt", descriptionKey = "option.receipt")
        String receipt;
        @Option(names = "--beneficiary", descriptionKey = "option.beneficiaryLike")
        String beneficiary;
        @Option(names = "--deadline-from", descriptionKey = "option.deadlineFrom")
        String from;
        @Option(names = "--deadline-to", descriptionKey = "option.deadlineTo")
        String to;
        @Option(names = "--consent", descriptionKey = "option.consent")
        String consent;
        @Option(names = "--order-by", descriptionKey = "option.orderBy")
        String orderBy;
        @Option(names = "--desc", descriptionKey = "option.desc")
        boolean descending;
        @Option(names = "--page", defaultValue = "1", descriptionKey = "option.page")
        int page;
        @Option(names = "--page-size", defaultValue = "20", descriptionKey = "option.pageSize")
        int pageSize;

        QueryCommand(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            if (page < 1 || pageSize < 1) {
                throw new CliException(Messages.get("cli.badPage", page, pageSize));
            }
            ImmigrationCmisClient kit = kit();
            CaseCriteria c = CaseCriteria.any().status(status).caseType(type).receiptNumber(receipt)
                    .beneficiary(beneficiary)
                    .deadlineBetween(date(kit, from, "imm:caseDeadline"), date(kit, to, "imm:caseDeadline"))
                    .consentScope(consent).page((page - 1) * pageSize, pageSize);
            if (orderBy != null) {
                c = c.orderBy(orderBy, !descending);
            }
            Page<CaseSummary> result = kit.findCases(c);
            printCases(out(), result, page);
            return 0;
        }
    }

    @Command(name = "perm", mixinStandardHelpOptions = true, subcommands = {PermShow.class})
    static final class PermCommand extends Group {
    }

    /** A PERM case's timeline as the repository computed it: window, next clock, violations, steps. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class PermShow extends Connected {
        @Parameters(index = "0", descriptionKey = "param.case")
        String caseRef;

        PermShow(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            PermStatus perm = kit().perm(caseRef);
            if (!perm.computed() && perm.steps().isEmpty()) {
                out().println(Messages.get("cli.permNotComputed", nz(perm.caseNumber())));
                return 0;
            }
            out().println(Messages.get("cli.permHeader", nz(perm.caseNumber()), day(perm.earliestFiling()),
                    day(perm.latestFiling()), perm.filedOn() == null ? Messages.get("cli.permNotFiled")
                            : Messages.get("cli.permFiled", perm.filedOn(), nz(perm.flagCaseNumber()))));
            if (perm.nextClock() != null) {
                out().println(Messages.get("cli.permNextClock", perm.nextClock(), nz(perm.nextClockLabel())));
            }
            out().println(Messages.get("cli.permViolations", perm.violationCount()));
            for (String violation : perm.violations()) {
                out().println(Messages.get("cli.permViolationLine", violation));
            }
            for (PermStatus.Step step : perm.steps()) {
                out().println(Messages.get("cli.permStepLine", day(step.start()), day(step.end()), nz(step.kind()), nz(step.where())));
            }
            return 0;
        }

        private static String day(java.time.LocalDate day) {
            return day == null ? "-" : day.toString();
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, subcommands = {StatusShow.class, StatusRecord.class})
    static final class StatusCommand extends Group {
    }

    /** A case's USCIS status log as the repository keeps it. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class StatusShow extends Connected {
        @Parameters(index = "0", descriptionKey = "param.case")
        String caseRef;

        StatusShow(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            UscisStatus status = kit().uscisStatus(caseRef);
            if (status.checks().isEmpty()) {
                out().println(Messages.get("cli.statusNone", nz(status.caseNumber())));
                return 0;
            }
            out().println(Messages.get("cli.statusHeader", nz(status.caseNumber()), nz(status.lastStatus()),
                    status.lastStatusAt() == null ? "-" : status.lastStatusAt().toString()));
            if (status.suggestedStatus() != null) {
                out().println(Messages.get("cli.statusSuggested", status.suggestedStatus()));
            }
            for (UscisStatus.Check check : status.checks()) {
                String what = check.failure() != null ? Messages.get("cli.statusFailed", check.failure())
                        : check.statusText() + (check.changed() ? Messages.get("cli.statusChangedMark") : "");
                out().println(Messages.get("cli.statusLine", check.checkedAt(), nz(check.receiptNumber()), nz(check.source()),
                        nz(check.checkedBy()), what));
            }
            return 0;
        }
    }

    /** Records what a person read on USCIS's case status page, through the repository's recorder. */
    @Command(name = "record", mixinStandardHelpOptions = true)
    static final class StatusRecord extends Connected {
        @Parameters(index = "0", descriptionKey = "param.receipt")
        String receipt;
        @Option(names = "--text", required = true, descriptionKey = "option.statusText")
        String text;
        @Option(names = "--description", descriptionKey = "option.statusDescription")
        String description;
        @Option(names = "--form-type", descriptionKey = "option.formType")
        String formType;
        @Option(names = "--modified", descriptionKey = "option.uscisModified")
        String modified;
        @Option(names = "--source", defaultValue = "manual", descriptionKey = "option.statusSource")
        String source;
        @Option(names = "--service-url", descriptionKey = "option.serviceUrl")
        String serviceUrl;

        StatusRecord(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            if (!"manual".equalsIgnoreCase(source)) {
                throw new IllegalArgumentException(Messages.get("cli.statusOnlyManual", source));
            }
            LocalDate day = modified == null ? null : parseDay(modified);
            RepositoryScripts.Recorded recorded = scripts(serviceUrl).recordUscisStatus(receipt, text, description, formType, day);
            out().println(Messages.get(recorded.changed() ? "cli.statusRecordedChange" : "cli.statusRecordedSame",
                    recorded.receiptNumber(), text));
            return 0;
        }

        private static LocalDate parseDay(String text) {
            try {
                return LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException malformed) {
                throw new IllegalArgumentException(Messages.get("cli.statusBadDate", text));
            }
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true, subcommands = {ReportVendor.class})
    static final class ReportCommand extends Group {
    }

    /**
     * A vendor's quarter as the repository reports it: the figures of the quarter (all kinds and
     * each kind), the CSV of one table for the accountant, or the scorecard PDF.
     */
    @Command(name = "vendor", mixinStandardHelpOptions = true)
    static final class ReportVendor extends Connected {
        @Option(names = "--vendor", required = true, descriptionKey = "option.vendor")
        String vendor;
        @Option(names = "--quarter", required = true, descriptionKey = "option.quarter")
        String quarter;
        @Option(names = "--csv", descriptionKey = "option.reportCsv")
        boolean csv;
        @Option(names = "--table", defaultValue = "indicators", descriptionKey = "option.reportTable")
        String table;
        @Option(names = "--by-month", descriptionKey = "option.byMonth")
        boolean byMonth;
        @Option(names = "--pdf", descriptionKey = "option.reportPdf")
        java.nio.file.Path pdf;
        @Option(names = "--service-url", descriptionKey = "option.serviceUrl")
        String serviceUrl;

        ReportVendor(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() throws Exception {
            org.lpodesk.outsourcing.report.Quarter q = org.lpodesk.outsourcing.report.Quarter.parse(quarter);
            RepositoryScripts scripts = scripts(serviceUrl);
            String granularity = byMonth ? "month" : "quarter";
            if (pdf != null) {
                java.nio.file.Files.write(pdf, scripts.vendorScorecard(vendor, q));
                out().println(Messages.get("cli.reportPdf", vendor, q, pdf));
                return 0;
            }
            if (csv) {
                out().print(scripts.vendorReport(vendor, q, granularity, "csv", table));
                out().flush();
                return 0;
            }
            Object parsed = new org.apache.chemistry.opencmis.commons.impl.json.parser.JSONParser()
                    .parse(scripts.vendorReport(vendor, q, granularity, "json", "indicators"));
            Map<?, ?> report = (Map<?, ?>) parsed;
            out().println(Messages.get("cli.reportHeader", vendor, q, q.firstDay(), q.lastDay(), report.get("view")));
            for (Object item : (List<?>) report.get("rows")) {
                Map<?, ?> row = (Map<?, ?>) item;
                out().println(Messages.get("cli.reportLine", row.get("period"), row.get("kind"), row.get("requested"),
                        row.get("delivered"), row.get("declined"), row.get("cancelled"), dash(row.get("turnaroundMedianBusinessHours")),
                        dash(row.get("turnaroundP90BusinessHours")), percent(row.get("slaCompliance")),
                        percent(row.get("firstPassRate")), percent(row.get("reworkRate")), row.get("hoursLogged"),
                        money(row.get("cost"))));
            }
            return 0;
        }

        private static String dash(Object value) {
            return value == null ? "-" : value.toString();
        }

        private static String percent(Object rate) {
            return rate == null ? "-" : new java.math.BigDecimal(rate.toString()).movePointRight(2)
                    .setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
        }

        private static String money(Object amounts) {
            List<String> parts = new java.util.ArrayList<>();
            for (Object m : (List<?>) amounts) {
                Map<?, ?> money = (Map<?, ?>) m;
                parts.add(new java.math.BigDecimal(money.get("amount").toString()).setScale(2, java.math.RoundingMode.HALF_UP)
                        .toPlainString() + " " + money.get("currency"));
            }
            return parts.isEmpty() ? "-" : String.join(", ", parts);
        }
    }

    @Command(name = "mail", mixinStandardHelpOptions = true, subcommands = {MailList.class, MailShow.class})
    static final class MailCommand extends Group {
    }

    /** What both mail commands read: the case's correspondence as the repository groups it. */
    abstract static class MailRead extends Connected {
        @Parameters(index = "0", descriptionKey = "param.case")
        String caseRef;
        @Option(names = "--service-url", descriptionKey = "option.serviceUrl")
        String serviceUrl;

        MailRead(CliContext ctx) {
            super(ctx);
        }

        Map<?, ?> correspondence() throws Exception {
            FolderRef kase = kit().caseRef(caseRef);
            return (Map<?, ?>) new org.apache.chemistry.opencmis.commons.impl.json.parser.JSONParser()
                    .parse(scripts(serviceUrl).caseCorrespondence(kase.id()));
        }

        /** In the zone of whoever runs the command, as every time the kit prints. */
        static String localTime(Object instant) {
            return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .format(java.time.Instant.parse(instant.toString()).atZone(java.time.ZoneId.systemDefault()));
        }

        static List<?> list(Object value) {
            return value instanceof List<?> l ? l : List.of();
        }
    }

    /** A case's conversations, one line each, and how many messages its quarantine holds. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class MailList extends MailRead {
        MailList(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() throws Exception {
            Map<?, ?> c = correspondence();
            List<?> threads = list(c.get("threads"));
            out().println(Messages.get("cli.mailHeader", c.get("caseNumber"), c.get("address"), threads.size(),
                    list(c.get("quarantine")).size()));
            for (Object t : threads) {
                Map<?, ?> thread = (Map<?, ?>) t;
                List<?> messages = list(thread.get("messages"));
                Map<?, ?> last = (Map<?, ?>) messages.get(messages.size() - 1);
                out().println(Messages.get("cli.mailThreadLine", localTime(thread.get("latest")), messages.size(),
                        thread.get("subject"), last.get("state") == null ? Messages.get("cli.mailReceived") : last.get("state")));
            }
            return 0;
        }
    }

    /** A case's conversations message by message, with each message's text, and its held messages with why. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class MailShow extends MailRead {
        // in code, not in the bundle: a properties file drops a value's leading spaces
        private static final String INDENT = "  ";
        private static final String TEXT_INDENT = "      ";

        MailShow(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() throws Exception {
            Map<?, ?> c = correspondence();
            out().println(Messages.get("cli.mailHeader", c.get("caseNumber"), c.get("address"),
                    list(c.get("threads")).size(), list(c.get("quarantine")).size()));
            for (Object t : list(c.get("threads"))) {
                Map<?, ?> thread = (Map<?, ?>) t;
                out().println();
                out().println(Messages.get("cli.mailThread", thread.get("subject")));
                for (Object m : list(thread.get("messages"))) {
                    message((Map<?, ?>) m);
                }
            }
            List<?> held = list(c.get("quarantine"));
            if (!held.isEmpty()) {
                out().println();
                out().println(Messages.get("cli.mailQuarantine", held.size()));
                for (Object m : held) {
                    Map<?, ?> message = (Map<?, ?>) m;
                    message(message);
                    out().println(TEXT_INDENT + Messages.get("cli.mailHeldBecause", message.get("reason")));
                }
            }
            return 0;
        }

        private void message(Map<?, ?> m) {
            boolean received = "INBOUND".equals(m.get("direction"));
            out().println(INDENT + Messages.get(received ? "cli.mailReceivedLine" : "cli.mailReplyLine", localTime(m.get("at")),
                    received ? m.get("from") : String.join(", ", list(m.get("to")).stream().map(String::valueOf).toList()),
                    m.get("subject"), m.get("state")));
            for (String line : String.valueOf(m.get("text")).split("\\R")) {
                out().println(TEXT_INDENT + line);
            }
            for (Object a : list(m.get("attachments"))) {
                Map<?, ?> file = (Map<?, ?>) a;
                out().println(TEXT_INDENT + Messages.get(Boolean.TRUE.equals(file.get("executable")) ? "cli.mailExecutable"
                        : "cli.mailAttachment", file.get("name")));
            }
            for (Object w : list(m.get("warnings"))) {
                out().println(TEXT_INDENT + Messages.get("cli.mailWarning", w));
            }
        }
    }

    @Command(name = "checklist", mixinStandardHelpOptions = true, subcommands = {ChecklistShow.class, ChecklistMissing.class})
    static final class ChecklistCommand extends Group {
    }

    /** The evidence completeness the repository keeps on a case; exit 0 whether ready or not. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class ChecklistShow extends Connected {
        @Parameters(index = "0", descriptionKey = "param.case")
        String caseRef;

        ChecklistShow(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            EvidenceStatus status = kit().evidence(caseRef);
            if (!status.computed()) {
                out().println(Messages.get("cli.checklistNotComputed", nz(status.caseNumber())));
                return 0;
            }
            out().println(Messages.get(status.ready() ? "cli.checklistReady" : "cli.checklistNotReady",
                    nz(status.caseNumber()), status.checklistId(), status.missing(), status.required(), status.criteriaMet()));
            out().println(nz(status.summary()));
            for (EvidenceStatus.Item item : status.missingItems()) {
                out().println(Messages.get("cli.checklistMissingLine", item.id(), item.label()));
            }
            return 0;
        }
    }

    /** Cases not ready for attorney review by their evidence, of a type and under a criteria count. */
    @Command(name = "missing", mixinStandardHelpOptions = true)
    static final class ChecklistMissing extends Connected {
        @Option(names = "--type", descriptionKey = "option.type")
        String type;
        @Option(names = "--criteria-below", descriptionKey = "option.criteriaBelow")
        Integer criteriaBelow;
        @Option(names = "--page", defaultValue = "1", descriptionKey = "option.page")
        int page;
        @Option(names = "--page-size", defaultValue = "20", descriptionKey = "option.pageSize")
        int pageSize;

        ChecklistMissing(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            if (page < 1 || pageSize < 1) {
                throw new CliException(Messages.get("cli.badPage", page, pageSize));
            }
            if (criteriaBelow != null && criteriaBelow < 1) {
                throw new CliException(Messages.get("cli.badCriteriaBelow", criteriaBelow));
            }
            Page<CaseSummary> result = kit().casesMissingEvidence(type, criteriaBelow, (page - 1) * pageSize, pageSize);
            printCases(out(), result, page);
            return 0;
        }
    }

    /** One case per line and where the page stands, as "query" and "checklist missing" print them. */
    static void printCases(PrintWriter out, Page<CaseSummary> result, int page) {
        for (CaseSummary s : result.items()) {
            out.println(Messages.get("cli.queryLine", s.caseNumber(), s.caseType(), s.status(),
                    nz(s.beneficiaryName()), nz(s.receiptNumber()), s.deadline() == null ? "" : s.deadline()));
        }
        out.println(Messages.get(result.hasMore() ? "cli.pageMore" : "cli.pageLast", page, result.items().size(), page + 1));
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class ImportCommand extends Connected {
        @Option(names = "--csv", required = true, descriptionKey = "option.csv")
        Path csv;
        @Option(names = "--documents", descriptionKey = "option.documents")
        Path documents;
        @Option(names = "--target", defaultValue = "/", descriptionKey = "option.target")
        String target;
        @Option(names = "--journal", descriptionKey = "option.journal")
        Path journal;
        @Option(names = "--dry-run", descriptionKey = "option.dryRun")
        boolean dryRun;

        ImportCommand(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            if (!Files.isRegularFile(csv)) {
                throw new ImportException(Messages.get("cli.noSuchFile", csv));
            }
            if (documents != null && !Files.isDirectory(documents)) {
                throw new ImportException(Messages.get("cli.noSuchDirectory", documents));
            }
            Path journalFile = journal != null ? journal : Path.of(csv.toString() + ".journal");
            ImmigrationCmisClient kit = kit();
            out().println(Messages.get(dryRun ? "cli.importDryRun" : "cli.importStart", csv, target, journalFile));
            ImportSummary s = new PracticeImporter(kit).run(new PracticeImporter.Request(csv, documents, target,
                    journalFile, dryRun), new ProgressBar(out()));
            out().println(Messages.get(dryRun ? "cli.summaryWouldCreate" : "cli.summaryCreated", s.created().clients(),
                    s.created().cases(), s.created().documents()));
            out().println(Messages.get("cli.summarySkipped", s.skipped().clients(), s.skipped().cases(),
                    s.skipped().documents()));
            out().println(Messages.get("cli.summaryRefused", s.refused().size()));
            for (ImportSummary.Refusal r : s.refused()) {
                out().println(Messages.get("cli.refusalLine", r.source(), r.reason()));
            }
            return s.refused().isEmpty() ? 0 : REFUSED;
        }
    }

    @Command(name = "types", mixinStandardHelpOptions = true)
    static final class TypesCommand implements Callable<Integer> {
        @Option(names = "--xml", descriptionKey = "option.xml")
        Path xml;
        @Option(names = "--markdown", descriptionKey = "option.markdown")
        Path markdown;

        private final CliContext ctx;

        TypesCommand(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() throws IOException {
            CmisTypeCatalog catalog = ImmModel.catalog();
            if (xml != null) {
                new TypeDefinitionsXml().write(catalog, xml);
                ctx.out().println(Messages.get("cli.wrote", xml));
            }
            if (markdown != null) {
                Files.writeString(markdown, new TypeReferenceMarkdown().render(catalog, ImmModel.SOURCE_PATH),
                        StandardCharsets.UTF_8);
                ctx.out().println(Messages.get("cli.wrote", markdown));
            }
            if (xml == null && markdown == null) {
                catalog.types().forEach(t -> ctx.out().println(Messages.get("cli.typeLine", t.id(),
                        t.definition().getParentTypeId(), t.definition().getDisplayName())));
            }
            return 0;
        }
    }
}
