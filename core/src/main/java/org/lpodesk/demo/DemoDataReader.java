package org.lpodesk.demo;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lpodesk.cases.Beneficiary;
import org.lpodesk.cases.CaseStatus;
import org.lpodesk.cases.CaseType;
import org.lpodesk.cases.Client;
import org.lpodesk.cases.PartyKind;
import org.lpodesk.cases.Petitioner;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import org.lpodesk.perm.PermInputRules;
import org.lpodesk.perm.PermRecord;
import org.lpodesk.perm.PermStepKind;
import org.lpodesk.identifier.ReceiptNumber;
import org.lpodesk.notice.NoticeKind;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.Vendor;
import org.lpodesk.outsourcing.onboarding.EngagementTerms;
import org.lpodesk.sharing.ConsentScope;

/**
 * Reads the demo data file ({@code bootstrap/demo/demo-data.json} of the platform module) from
 * the tree any JSON parser gives ({@code Map}, {@code List}, {@code String}, {@code Integer},
 * {@code Boolean}), builds core's own types from it (so a vendor, a receipt number are held to
 * the same rules as everywhere else; the engagement has the vendor-onboarding format and is read
 * by {@link EngagementTerms}, so the loader can store it as it stands), resolves the "days ago" to dates, and checks the
 * whole with {@link DemoDataRules}. Any problem is an {@link InvalidDemoDataException} naming the
 * place, the value and the rule; nothing is half-read.
 */
public final class DemoDataReader {

    /** The {@code format} this reader understands. */
    public static final int FORMAT = 1;

    private final DemoDataRules rules;

    public DemoDataReader(DemoDataRules rules) {
        this.rules = rules;
    }

    public static DemoDataReader withDefaultRules() {
        return new DemoDataReader(new DemoDataRules());
    }

    /**
     * @param tree  the parsed file
     * @param today the day of loading: "days ago" count back from it
     */
    public DemoData read(Object tree, LocalDate today) {
        Node root = Node.root(tree);
        int format = root.integer("format");
        if (format != FORMAT) {
            throw new InvalidDemoDataException(root.path("format"), Messages.format("format.unsupported", format, FORMAT));
        }
        Node firm = root.object("firm");
        Node site = firm.object("site");
        DemoSite firmSite = new DemoSite(site.text("shortName"), site.text("title"), site.optionalText("description"));
        ZoneId firmZone = firm.convert("zone", DemoDataReader::zone);

        List<DemoUser> users = new ArrayList<>();
        for (Node u : root.objects("users", false)) {
            users.add(new DemoUser(u.text("userName"), u.text("firstName"), u.text("lastName"), u.text("email"),
                    u.enumValue("role", DemoRole.class), u.text("passwordEnv")));
        }
        List<DemoClient> clients = new ArrayList<>();
        for (Node c : root.objects("clients", false)) {
            String name = c.text("name");
            PartyKind kind = c.enumValue("kind", PartyKind.class);
            clients.add(new DemoClient(c.text("id"), c.build("client", () -> new Client(name, kind)), c.optionalText("email")));
        }
        List<DemoCase> cases = new ArrayList<>();
        for (Node c : root.objects("cases", false)) {
            cases.add(readCase(c, today));
        }
        Vendor vendor = readVendor(root.object("vendor"), today);
        Engagement engagement = readEngagement(root, vendor, firmZone);
        DemoData data = new DemoData(firmSite, firmZone, users, clients, cases, vendor, engagement);
        rules.check(data, today);
        return data;
    }

    private static DemoCase readCase(Node c, LocalDate today) {
        Optional<Petitioner> petitioner = Optional.empty();
        if (c.has("petitioner")) {
            Node p = c.object("petitioner");
            String name = p.text("name");
            PartyKind kind = p.enumValue("kind", PartyKind.class);
            petitioner = Optional.of(p.build("petitioner", () -> new Petitioner(name, kind)));
        }
        Node b = c.object("beneficiary");
        String beneficiaryName = b.text("name");
        Beneficiary beneficiary = b.build("beneficiary", () -> Beneficiary.withoutANumber(beneficiaryName));
        Optional<ReceiptNumber> receipt = c.has("receiptNumber")
                ? Optional.of(c.convert("receiptNumber", ReceiptNumber::parse)) : Optional.empty();
        Optional<DemoConsent> consent = Optional.empty();
        if (c.has("consent")) {
            Node k = c.object("consent");
            consent = Optional.of(new DemoConsent(k.enumValue("scope", ConsentScope.class), k.text("recordedBy"),
                    today.minusDays(k.daysAgo("recordedDaysAgo", false)), k.text("reference")));
        }
        List<DemoNotice> notices = new ArrayList<>();
        for (Node n : c.objects("notices", true)) {
            notices.add(new DemoNotice(n.enumValue("kind", NoticeKind.class), today.minusDays(n.daysAgo("daysAgo", false)),
                    n.bool("servedByMail")));
        }
        List<PermRecord.Step> recruitment = new ArrayList<>();
        int n = 0;
        for (Node s : c.objects("recruitment", true)) {
            PermStepKind kind = s.enumValue("step", PermStepKind.class);
            LocalDate start = today.minusDays(s.daysAgo("startDaysAgo", true));
            LocalDate end = today.minusDays(s.daysAgo("endDaysAgo", true));
            if (kind == PermStepKind.SUNDAY_AD) {
                // a Sunday advertisement "n days ago" ran on the Sunday on or before that day
                start = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
                end = start;
            }
            PermRecord.Step step = new PermRecord.Step("demo-step-" + (++n), kind, start, end, s.optionalText("where"),
                    List.of());
            recruitment.add(s.build("recruitment", () -> {
                new PermInputRules().checkStep(step);
                return step;
            }));
        }
        return new DemoCase(c.text("id"), c.text("client"), c.enumValue("type", CaseType.class),
                c.enumValue("status", CaseStatus.class), petitioner, beneficiary, receipt, c.text("responsibleAttorney"),
                today.minusDays(c.daysAgo("openedDaysAgo", false)), consent, notices, recruitment);
    }

    private static Vendor readVendor(Node v, LocalDate today) {
        String id = v.text("id");
        String name = v.text("name");
        String country = v.text("country");
        ZoneId zone = v.convert("zone", DemoDataReader::zone);
        LocalDate dueDiligence = v.has("dueDiligenceDaysAgo") ? today.minusDays(v.daysAgo("dueDiligenceDaysAgo", false)) : null;
        LocalDate conflicts = v.has("conflictsCheckDaysAgo") ? today.minusDays(v.daysAgo("conflictsCheckDaysAgo", false)) : null;
        return v.build("vendor", () -> new Vendor(id, name, country, zone, dueDiligence, conflicts));
    }

    /** The engagement has the vendor-onboarding format: core's {@link EngagementTerms} reads it. */
    private static Engagement readEngagement(Node root, Vendor vendor, ZoneId firmZone) {
        Map<String, ?> engagement = root.rawObject("engagement");
        return root.build("engagement", () -> EngagementTerms.read(vendor, firmZone, engagement));
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(Messages.format("value.zone", id), e);
        }
    }
}
