package org.lpodesk.outsourcing.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.lpodesk.billing.BillingMode;
import org.lpodesk.billing.HourPackage;
import org.lpodesk.billing.Money;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.TaskKind;
import org.lpodesk.outsourcing.usage.UsageLedger;
import org.lpodesk.outsourcing.usage.UsageRecord;
import org.lpodesk.outsourcing.workflow.EngagementPort;

/**
 * Builds a {@link Report}: reads the tasks from the history, joins the usage ledger's records,
 * groups them per vendor × kind × period and computes the {@link Indicators}. Holds no state
 * between reports: a restart changes nothing, since everything is read again from the history.
 */
public final class OutsourcingReports {

    private final TaskHistory history;
    private final UsageLedger ledger;
    private final EngagementPort engagements;
    private final Indicators indicators;

    public OutsourcingReports(TaskHistory history, UsageLedger ledger, EngagementPort engagements,
                              ReportSettings settings) {
        this.history = Objects.requireNonNull(history, "history");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.engagements = Objects.requireNonNull(engagements, "engagements");
        this.indicators = new Indicators(settings);
    }

    public ReportSettings settings() {
        return indicators.settings();
    }

    public Report report(ReportQuery query) {
        Objects.requireNonNull(query, "query");
        ReportSettings settings = indicators.settings();
        Instant from = query.from().atStartOfDay(settings.firmZone()).toInstant();
        Instant to = query.to().plusDays(1).atStartOfDay(settings.firmZone()).toInstant();

        List<OutsourcedTask> vendorTasks = new ArrayList<>();
        for (OutsourcedTask t : history.tasks(from, to)) {
            if (query.vendorId() == null || query.vendorId().equals(t.vendorId())) {
                vendorTasks.add(t);
            }
        }
        vendorTasks = joinLedger(vendorTasks);
        // each vendor's engagement read once per report: the repository's is a stored record to parse,
        // and a year of 10,000 tasks asked for it once per task (a third of the report's time in ACS)
        Map<String, Optional<Engagement>> terms = new HashMap<>();
        Function<String, Optional<Engagement>> engagementOf = id -> terms.computeIfAbsent(id, engagements::engagement);
        Predicate<OutsourcedTask> hourly = t -> hourly(t, engagementOf);

        // the cohort (requested in range) and the closings (delivered in range) of the selection
        List<OutsourcedTask> requested = new ArrayList<>();
        List<OutsourcedTask> closed = new ArrayList<>();
        Map<List<Object>, List<OutsourcedTask>> requestedBy = new TreeMap<>(KEY_ORDER);
        Map<List<Object>, List<OutsourcedTask>> closedBy = new TreeMap<>(KEY_ORDER);
        for (OutsourcedTask t : vendorTasks) {
            if (query.kind() != null && query.kind() != t.kind()) {
                continue;
            }
            if (inRange(t.requestedAt(), from, to)) {
                requested.add(t);
                for (List<Object> key : keys(t, settings.dayOf(t.requestedAt()), query.granularity())) {
                    requestedBy.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
                }
            }
            if (closedDelivered(t, from, to)) {
                closed.add(t);
                for (List<Object> key : keys(t, settings.dayOf(t.closedAt()), query.granularity())) {
                    closedBy.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
                }
            }
        }
        TreeSet<List<Object>> allKeys = new TreeSet<>(KEY_ORDER);
        allKeys.addAll(requestedBy.keySet());
        allKeys.addAll(closedBy.keySet());
        List<Report.Row> rows = new ArrayList<>();
        for (List<Object> key : allKeys) {
            Figures f = indicators.figures(requestedBy.getOrDefault(key, List.of()), closedBy.getOrDefault(key, List.of()),
                    hourly);
            TaskKind kind = key.get(2) == null ? null : TaskKind.valueOf((String) key.get(2));
            rows.add(new Report.Row((String) key.get(0), kind, (String) key.get(1), f));
        }
        Figures total = indicators.figures(requested, closed, hourly);

        Report report = new Report(query, rows, total, packages(query, vendorTasks, from, to, engagementOf, hourly), cases(requested, closed),
                indicators.attorneyLoad(requested));
        return query.audience() == ReportQuery.Audience.VENDOR ? report.vendorView(query.vendorId()) : report;
    }

    /** Vendor, period, kind (null first: the all-kinds row leads its period). */
    private static final Comparator<List<Object>> KEY_ORDER = Comparator
            .<List<Object>, String>comparing(k -> (String) k.get(0))
            .thenComparing(k -> (String) k.get(1))
            .thenComparing(k -> (String) k.get(2), Comparator.nullsFirst(Comparator.comparing(
                    (String name) -> TaskKind.valueOf(name).ordinal())));

    private static List<List<Object>> keys(OutsourcedTask t, LocalDate day, Granularity granularity) {
        String period = granularity.period(day);
        List<Object> byKind = new ArrayList<>(List.of(t.vendorId(), period));
        byKind.add(t.kind().name());
        List<Object> allKinds = new ArrayList<>(List.of(t.vendorId(), period));
        allKinds.add(null);
        return List.of(byKind, allKinds);
    }

    private static boolean inRange(Instant at, Instant from, Instant to) {
        return at != null && !at.isBefore(from) && at.isBefore(to);
    }

    private static boolean closedDelivered(OutsourcedTask t, Instant from, Instant to) {
        return t.status() == OutsourcedTask.Status.DELIVERED && inRange(t.closedAt(), from, to);
    }

    /** The ledger's records, fetched per vendor over the span of its delivered tasks (one call each). */
    private List<OutsourcedTask> joinLedger(List<OutsourcedTask> tasks) {
        Map<String, Instant[]> spans = new HashMap<>();
        for (OutsourcedTask t : tasks) {
            if (t.status() == OutsourcedTask.Status.DELIVERED && t.closedAt() != null && t.usage() == null) {
                spans.merge(t.vendorId(), new Instant[] {t.requestedAt(), t.closedAt()}, (a, b) -> new Instant[] {
                        a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
            }
        }
        Map<String, UsageRecord> records = new HashMap<>();
        spans.forEach((vendor, span) -> {
            // the ledger's delivery instant is the clock at the close step, within the process's life;
            // a day either side covers a clock that differs a little from the engine's
            for (UsageRecord r : ledger.delivered(vendor, span[0].minusSeconds(86_400), span[1].plusSeconds(86_400))) {
                records.put(r.taskId(), r);
            }
        });
        if (records.isEmpty()) {
            return tasks;
        }
        List<OutsourcedTask> joined = new ArrayList<>(tasks.size());
        for (OutsourcedTask t : tasks) {
            UsageRecord r = records.get(t.processId());
            joined.add(r == null ? t : t.withUsage(r));
        }
        return joined;
    }

    /** The ledger's billing mode where it recorded one (the terms at close time), else the current engagement's. */
    private static boolean hourly(OutsourcedTask t, Function<String, Optional<Engagement>> engagementOf) {
        if (t.usage() != null) {
            return t.usage().billingMode() == BillingMode.HOURLY;
        }
        return engagementOf.apply(t.vendorId()).filter(e -> e.offers(t.kind()))
                .map(e -> e.billingMode(t.kind()) == BillingMode.HOURLY).orElse(false);
    }

    private List<Report.PackageUse> packages(ReportQuery query, List<OutsourcedTask> tasks, Instant from, Instant to,
                                             Function<String, Optional<Engagement>> engagementOf,
                                             Predicate<OutsourcedTask> hourly) {
        ReportSettings settings = indicators.settings();
        TreeSet<String> vendors = new TreeSet<>();
        query.vendor().ifPresent(vendors::add);
        tasks.forEach(t -> vendors.add(t.vendorId()));
        List<Report.PackageUse> uses = new ArrayList<>();
        for (String vendor : vendors) {
            Optional<Engagement> engagement = engagementOf.apply(vendor);
            Optional<HourPackage> pkg = engagement.flatMap(Engagement::hourPackageIfAny);
            if (pkg.isEmpty()) {
                continue; // no package, nothing to measure hours against
            }
            Map<YearMonth, BigDecimal> hoursByMonth = new TreeMap<>();
            for (OutsourcedTask t : tasks) {
                // the package is the vendor's, whatever kind the report shows
                if (t.vendorId().equals(vendor) && closedDelivered(t, from, to) && hourly.test(t)) {
                    hoursByMonth.merge(YearMonth.from(settings.dayOf(t.closedAt())), t.hoursLogged(), BigDecimal::add);
                }
            }
            Map<String, List<BigDecimal[]>> byPeriod = new LinkedHashMap<>();
            for (YearMonth m = YearMonth.from(query.from()); !m.isAfter(YearMonth.from(query.to())); m = m.plusMonths(1)) {
                BigDecimal hours = hoursByMonth.getOrDefault(m, BigDecimal.ZERO);
                BigDecimal size = pkg.get().hoursPerMonth();
                BigDecimal used = hours.min(size);
                byPeriod.computeIfAbsent(query.granularity().period(m.atDay(1)), p -> new ArrayList<>())
                        .add(new BigDecimal[] {size, hours, used, size.subtract(used), hours.subtract(used)});
            }
            byPeriod.forEach((period, months) -> {
                BigDecimal[] sum = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
                for (BigDecimal[] month : months) {
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] = sum[i].add(month[i]);
                    }
                }
                Money charge = pkg.get().monthlyCharge().times(BigDecimal.valueOf(months.size()));
                uses.add(new Report.PackageUse(vendor, period, months.size(), sum[0], sum[1], sum[2], sum[3], sum[4],
                        pkg.get().overageRate().times(sum[4]), charge));
            });
        }
        return uses;
    }

    private static List<Report.CaseFigures> cases(List<OutsourcedTask> requested, List<OutsourcedTask> closed) {
        Map<String, List<OutsourcedTask>> requestedBy = new TreeMap<>();
        Map<String, List<OutsourcedTask>> closedBy = new TreeMap<>();
        requested.stream().filter(t -> t.caseId() != null)
                .forEach(t -> requestedBy.computeIfAbsent(t.caseId(), c -> new ArrayList<>()).add(t));
        closed.stream().filter(t -> t.caseId() != null)
                .forEach(t -> closedBy.computeIfAbsent(t.caseId(), c -> new ArrayList<>()).add(t));
        TreeSet<String> ids = new TreeSet<>(requestedBy.keySet());
        ids.addAll(closedBy.keySet());
        List<Report.CaseFigures> cases = new ArrayList<>();
        for (String id : ids) {
            List<OutsourcedTask> req = requestedBy.getOrDefault(id, List.of());
            List<OutsourcedTask> del = closedBy.getOrDefault(id, List.of());
            String number = null;
            for (OutsourcedTask t : req.isEmpty() ? del : req) {
                number = t.caseNumber() != null ? t.caseNumber() : number;
            }
            BigDecimal hours = BigDecimal.ZERO;
            Map<String, Money> cost = new TreeMap<>();
            int costed = 0;
            for (OutsourcedTask t : del) {
                hours = hours.add(t.hoursLogged());
                if (t.usage() != null) {
                    costed++;
                    cost.merge(t.usage().cost().currency().getCurrencyCode(), t.usage().cost(), Money::plus);
                }
            }
            cases.add(new Report.CaseFigures(id, number, req.size(), del.size(), hours, costed,
                    new ArrayList<>(cost.values())));
        }
        return cases;
    }
}
