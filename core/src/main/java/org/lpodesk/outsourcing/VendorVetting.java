package org.lpodesk.outsourcing;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a vendor is engageable: due diligence and a conflicts check must both be on
 * record and not older than the firm's configured maximum ages. The defaults (12 months each)
 * are a firm policy choice, not a rule any bar opinion fixes.
 */
public final class VendorVetting {

    public static final Period DEFAULT_MAX_AGE = Period.ofMonths(12);

    private final Period maxDueDiligenceAge;
    private final Period maxConflictsCheckAge;

    public VendorVetting(Period maxDueDiligenceAge, Period maxConflictsCheckAge) {
        this.maxDueDiligenceAge = requirePositive(maxDueDiligenceAge, "vetting.maxAge.dueDiligence");
        this.maxConflictsCheckAge = requirePositive(maxConflictsCheckAge, "vetting.maxAge.conflictsCheck");
    }

    public static VendorVetting defaults() {
        return new VendorVetting(DEFAULT_MAX_AGE, DEFAULT_MAX_AGE);
    }

    public Period maxDueDiligenceAge() {
        return maxDueDiligenceAge;
    }

    public Period maxConflictsCheckAge() {
        return maxConflictsCheckAge;
    }

    /** Assesses the vendor on {@code today} (the firm's date). */
    public Engageability assess(Vendor vendor, LocalDate today) {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(today, "today");
        List<VettingIssue> issues = new ArrayList<>();
        check(vendor, vendor.dueDiligenceDate(), maxDueDiligenceAge, today, issues,
                VettingProblem.DUE_DILIGENCE_MISSING, VettingProblem.DUE_DILIGENCE_EXPIRED,
                VettingProblem.DUE_DILIGENCE_IN_FUTURE);
        check(vendor, vendor.conflictsCheckDate(), maxConflictsCheckAge, today, issues,
                VettingProblem.CONFLICTS_CHECK_MISSING, VettingProblem.CONFLICTS_CHECK_EXPIRED,
                VettingProblem.CONFLICTS_CHECK_IN_FUTURE);
        return new Engageability(vendor.id(), today, issues);
    }

    private static void check(Vendor vendor, LocalDate done, Period maxAge, LocalDate today,
                              List<VettingIssue> issues, VettingProblem missing, VettingProblem expired,
                              VettingProblem inFuture) {
        if (done == null) {
            issues.add(issue(missing, vendor.id()));
        } else if (done.isAfter(today)) {
            issues.add(issue(inFuture, vendor.id(), done, today));
        } else if (today.isAfter(done.plus(maxAge))) {
            issues.add(issue(expired, vendor.id(), done, maxAge, done.plus(maxAge)));
        }
    }

    private static VettingIssue issue(VettingProblem problem, Object... args) {
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new VettingIssue(problem, Messages.format(problem.messageKey(), (Object[]) texts));
    }

    private static Period requirePositive(Period age, String key) {
        if (age == null || age.isNegative() || age.isZero()) {
            throw new IllegalArgumentException(Messages.format(key, String.valueOf(age)));
        }
        return age;
    }
}
