package org.lpodesk.outsourcing.compliance;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lpodesk.api.Csv;
import org.lpodesk.outsourcing.Attestation;
import org.lpodesk.outsourcing.AttestationKind;
import org.lpodesk.outsourcing.AttestationRules;

/**
 * The compliance page's JSON and CSV. Dates are the firm's calendar days as {@code yyyy-MM-dd}
 * (never instants), so Share shows the day the repository decided on, in every browser zone.
 */
public final class ComplianceJson {

    private final ComplianceOverview overview;

    public ComplianceJson(ComplianceOverview overview) {
        this.overview = overview;
    }

    public Map<String, Object> page(List<VendorStanding> vendors, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("today", today.toString());
        m.put("defaultValidity", overview.attestationRules().defaultValidity().toString());
        m.put("defaultValidityText", readable(overview.attestationRules().defaultValidity()));
        m.put("warningPercent", overview.thresholds().warningPercent());
        m.put("windowStart", overview.thresholds().windowStart(today).toString());
        List<Map<String, Object>> rows = new ArrayList<>();
        vendors.forEach(v -> rows.add(vendor(v)));
        m.put("vendors", rows);
        return m;
    }

    public Map<String, Object> vendor(VendorStanding v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.vendor().id());
        m.put("name", v.vendor().name());
        m.put("country", v.vendor().country());
        m.put("sharingAllowed", v.sharingAllowed());
        m.put("restrictedDataAllowed", v.restrictedDataAllowed());
        m.put("problems", v.problems());
        List<Map<String, Object>> attestations = new ArrayList<>();
        for (AttestationKind kind : AttestationKind.values()) {
            AttestationRules.Standing s = v.attestations().get(kind);
            Attestation a = s.attestation();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", kind.name());
            row.put("label", Messages.format(kind.labelKey()));
            row.put("citation", kind.citation());
            row.put("status", s.status().name());
            row.put("signedOn", a == null ? null : a.signedOn().toString());
            row.put("signer", a == null ? null : a.signer());
            row.put("document", a == null ? null : a.document());
            row.put("lastValidDay", s.lastValidDay() == null ? null : s.lastValidDay().toString());
            row.put("expiresOn", a == null ? null : a.expiryIfSet().map(LocalDate::toString).orElse(null));
            row.put("coveredPerson", a != null && a.coveredPerson());
            row.put("facts", a == null ? null : a.facts());
            attestations.add(row);
        }
        m.put("attestations", attestations);
        List<Map<String, Object>> counts = new ArrayList<>();
        for (VendorStanding.CategoryCount c : v.counts()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("category", c.category().name());
            row.put("label", c.category().label());
            row.put("persons", c.persons());
            row.put("limit", c.limit());
            row.put("percentOfLimit", c.percentOfLimit());
            row.put("warning", c.warning());
            counts.add(row);
        }
        m.put("counts", counts);
        return m;
    }

    /** A period as the firm's staff say it, e.g. "12 months" or "1 year, 6 months". */
    static String readable(Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(Messages.format("compliance.period.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(Messages.format("compliance.period.months", period.getMonths()));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(Messages.format("compliance.period.days", period.getDays()));
        }
        return String.join(", ", parts);
    }

    /** Two tables one after the other, each with its header: attestations, then counts. */
    public void csv(List<VendorStanding> vendors, LocalDate today, Appendable out) throws IOException {
        Csv.row(out, Messages.format("compliance.csv.attestations").split(","));
        for (VendorStanding v : vendors) {
            for (AttestationKind kind : AttestationKind.values()) {
                AttestationRules.Standing s = v.attestations().get(kind);
                Attestation a = s.attestation();
                Csv.row(out, v.vendor().id(), v.vendor().name(), v.vendor().country(),
                        String.valueOf(v.sharingAllowed()), kind.name(), s.status().name(),
                        a == null ? "" : a.signedOn().toString(), a == null ? "" : a.signer(),
                        a == null ? "" : a.document(), s.lastValidDay() == null ? "" : s.lastValidDay().toString(),
                        String.valueOf(a != null && a.coveredPerson()), a == null || a.facts() == null ? "" : a.facts());
            }
        }
        out.append(Csv.EOL);
        Csv.row(out, Messages.format("compliance.csv.counts").split(","));
        String from = overview.thresholds().windowStart(today).toString();
        for (VendorStanding v : vendors) {
            for (VendorStanding.CategoryCount c : v.counts()) {
                Csv.row(out, v.vendor().id(), v.vendor().name(), c.category().name(), String.valueOf(c.persons()),
                        String.valueOf(c.limit()), String.valueOf(c.percentOfLimit()), String.valueOf(c.warning()),
                        from);
            }
        }
    }
}
