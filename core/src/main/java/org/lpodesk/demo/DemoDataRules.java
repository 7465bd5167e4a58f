package org.lpodesk.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.lpodesk.cases.CaseStatus;
import org.lpodesk.cases.CaseType;
import org.lpodesk.cases.PartyKind;
import org.lpodesk.notice.NoticeKind;
import org.lpodesk.outsourcing.Engageability;
import org.lpodesk.outsourcing.VendorVetting;

/**
 * What must hold across the demo data so that a new user can log in as each role and walk an
 * outsourcing task end to end: unique names, a user for every role, references that resolve,
 * case statuses that agree with the notices, an RFE that is still open on the day of loading,
 * and an engageable vendor.
 */
public final class DemoDataRules {

    /** Alfresco user names of the demo: lowercase, dots, hyphens, underscores. */
    static final Pattern USER_NAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}");
    static final Pattern PASSWORD_ENV = Pattern.compile("LPODESK_DEMO_[A-Z0-9_]+_PASSWORD");
    static final Pattern SITE = Pattern.compile("[a-z0-9][a-z0-9-]{1,71}");
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

    /** An RFE answer is due within 84 days at most (USCIS PM-602-0040), 3 more when mailed (8 CFR 103.8(b)). */
    static final int RFE_MAX_DAYS = 84;
    static final int MAIL_DAYS = 3;

    private static final Set<CaseStatus> BEFORE_FILING = EnumSet.of(CaseStatus.INTAKE, CaseStatus.DOCUMENT_COLLECTION,
            CaseStatus.DRAFTING, CaseStatus.ATTORNEY_REVIEW);
    private static final Set<NoticeKind> ASKING_FOR_ANSWER = EnumSet.of(NoticeKind.RFE, NoticeKind.NOID, NoticeKind.NOIR,
            NoticeKind.NOIT);
    /** Petitions an employer files: the petitioner is an organisation. */
    private static final Set<CaseType> EMPLOYER_PETITIONS = EnumSet.of(CaseType.EB1B, CaseType.EB1C, CaseType.PERM,
            CaseType.H1B_CAP, CaseType.H1B_EXTENSION, CaseType.H1B_TRANSFER, CaseType.H1B_AMENDMENT, CaseType.L1);

    private final VendorVetting vetting;

    public DemoDataRules() {
        this(VendorVetting.defaults());
    }

    public DemoDataRules(VendorVetting vetting) {
        this.vetting = vetting;
    }

    /** @throws InvalidDemoDataException at the first rule broken */
    public void check(DemoData data, LocalDate today) {
        checkSites(data);
        checkUsers(data.users());
        checkClientsAndCases(data, today);
        Engageability engageability = vetting.assess(data.vendor(), today);
        if (!engageability.engageable()) {
            throw new InvalidDemoDataException("vendor", Messages.format("vendor.notEngageable", data.vendor().id(),
                    engageability.reason()));
        }
    }

    private static void checkSites(DemoData data) {
        String firm = data.firmSite().shortName();
        if (!SITE.matcher(firm).matches()) {
            throw new InvalidDemoDataException("firm.site.shortName", Messages.format("site.invalid", firm));
        }
        if (firm.equals(data.vendorSiteShortName())) {
            throw new InvalidDemoDataException("firm.site.shortName", Messages.format("site.clash", firm));
        }
    }

    private static void checkUsers(List<DemoUser> users) {
        Set<String> names = new HashSet<>();
        Set<String> envs = new HashSet<>();
        Set<DemoRole> roles = EnumSet.noneOf(DemoRole.class);
        for (int i = 0; i < users.size(); i++) {
            DemoUser u = users.get(i);
            String at = "users[" + i + "]";
            if (!USER_NAME.matcher(u.userName()).matches()) {
                throw new InvalidDemoDataException(at + ".userName", Messages.format("user.name.invalid", u.userName()));
            }
            if (!names.add(u.userName())) {
                throw new InvalidDemoDataException(at + ".userName", Messages.format("user.duplicate", u.userName()));
            }
            if (!EMAIL.matcher(u.email()).matches()) {
                throw new InvalidDemoDataException(at + ".email", Messages.format("user.email.invalid", u.email()));
            }
            if (!PASSWORD_ENV.matcher(u.passwordEnv()).matches() || u.passwordEnv().equals(DemoPasswords.SHARED_VARIABLE)) {
                throw new InvalidDemoDataException(at + ".passwordEnv", Messages.format("user.passwordEnv.invalid", u.passwordEnv()));
            }
            if (!envs.add(u.passwordEnv())) {
                throw new InvalidDemoDataException(at + ".passwordEnv", Messages.format("user.passwordEnv.duplicate", u.passwordEnv()));
            }
            roles.add(u.role());
        }
        for (DemoRole role : DemoRole.values()) {
            if (!roles.contains(role)) {
                throw new InvalidDemoDataException("users", Messages.format("user.role.missing", role.name()));
            }
        }
    }

    private static void checkClientsAndCases(DemoData data, LocalDate today) {
        Set<String> clientIds = new HashSet<>();
        for (int i = 0; i < data.clients().size(); i++) {
            String id = data.clients().get(i).id();
            if (!ID.matcher(id).matches()) {
                throw new InvalidDemoDataException("clients[" + i + "].id", Messages.format("id.invalid", id));
            }
            if (!clientIds.add(id)) {
                throw new InvalidDemoDataException("clients[" + i + "].id", Messages.format("client.duplicate", id));
            }
        }
        Set<String> caseIds = new HashSet<>();
        for (int i = 0; i < data.cases().size(); i++) {
            DemoCase c = data.cases().get(i);
            String at = "cases[" + i + "]";
            if (!ID.matcher(c.id()).matches()) {
                throw new InvalidDemoDataException(at + ".id", Messages.format("id.invalid", c.id()));
            }
            if (!caseIds.add(c.id())) {
                throw new InvalidDemoDataException(at + ".id", Messages.format("case.duplicate", c.id()));
            }
            if (!clientIds.contains(c.clientId())) {
                throw new InvalidDemoDataException(at + ".client", Messages.format("case.client.unknown", c.clientId()));
            }
            checkPeople(data, c, at);
            checkFilingState(c, at, today);
        }
    }

    private static void checkPeople(DemoData data, DemoCase c, String at) {
        boolean attorney = data.user(c.responsibleAttorney()).map(u -> u.role() == DemoRole.FIRM_ATTORNEY).orElse(false);
        if (!attorney) {
            throw new InvalidDemoDataException(at + ".responsibleAttorney",
                    Messages.format("case.attorney.notAttorney", c.responsibleAttorney()));
        }
        if (EMPLOYER_PETITIONS.contains(c.type())
                && c.petitioner().map(p -> p.kind() != PartyKind.ORGANIZATION).orElse(true)) {
            throw new InvalidDemoDataException(at + ".petitioner", Messages.format("case.petitioner.employer", c.type().name()));
        }
        if (c.consent().isPresent()) {
            DemoConsent consent = c.consent().get();
            boolean firmLawyer = data.user(consent.recordedBy())
                    .map(u -> u.role() == DemoRole.FIRM_ATTORNEY || u.role() == DemoRole.FIRM_PARALEGAL).orElse(false);
            if (!firmLawyer) {
                throw new InvalidDemoDataException(at + ".consent.recordedBy",
                        Messages.format("consent.recorder.notFirm", consent.recordedBy()));
            }
            if (consent.recordedOn().isBefore(c.openedOn())) {
                throw new InvalidDemoDataException(at + ".consent.recordedDaysAgo",
                        Messages.format("consent.beforeOpened", consent.recordedOn(), c.openedOn()));
            }
        }
    }

    private static void checkFilingState(DemoCase c, String at, LocalDate today) {
        if (BEFORE_FILING.contains(c.status()) && (!c.notices().isEmpty() || c.receiptNumber().isPresent())) {
            throw new InvalidDemoDataException(at + ".status", Messages.format("case.notFiledButNotices", c.status().name()));
        }
        for (int n = 0; n < c.notices().size(); n++) {
            if (c.notices().get(n).date().isBefore(c.openedOn())) {
                throw new InvalidDemoDataException(at + ".notices[" + n + "].daysAgo",
                        Messages.format("notice.beforeOpened", c.notices().get(n).date(), c.openedOn()));
            }
        }
        DemoNotice latest = c.notices().stream().max(Comparator.comparing(DemoNotice::date)).orElse(null);
        boolean answerPending = latest != null && ASKING_FOR_ANSWER.contains(latest.kind());
        if ((c.status() == CaseStatus.RFE_NOID_RECEIVED) != answerPending) {
            throw new InvalidDemoDataException(at + ".status", Messages.format("case.status.rfe", c.status().name(),
                    latest == null ? "-" : latest.kind().name()));
        }
        if (answerPending && latest.kind() == NoticeKind.RFE) {
            LocalDate lastDay = latest.date().plusDays(RFE_MAX_DAYS + (latest.servedByMail() ? MAIL_DAYS : 0));
            if (!lastDay.isAfter(today)) {
                throw new InvalidDemoDataException(at + ".notices", Messages.format("notice.rfe.closed", latest.date(), lastDay));
            }
        }
        if (!c.recruitment().isEmpty() && c.type() != CaseType.PERM) {
            throw new InvalidDemoDataException(at + ".recruitment", Messages.format("case.recruitment.notPerm", c.type().name()));
        }
    }
}
