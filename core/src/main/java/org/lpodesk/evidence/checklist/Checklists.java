package org.lpodesk.evidence.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lpodesk.cases.CaseType;

/**
 * The checklists in force, one per case type: the defaults shipped in
 * {@code org/lpodesk/evidence/checklists.xml}, possibly overridden or extended by a firm's file of
 * the same format ({@link #withOverride}). Immutable; a new file gives a new catalogue, and a bad
 * one is refused whole, so the catalogue in force never holds half of a file.
 */
public final class Checklists {

    static final String DEFAULTS = "/org/lpodesk/evidence/checklists.xml";
    private static final String DEFAULTS_SOURCE = "LPO Desk's default checklists";
    private static final String FIRM_SOURCE = "the firm's checklist file";

    private final List<Checklist> checklists;

    private Checklists(List<Checklist> checklists, String source) {
        this.checklists = List.copyOf(checklists);
        checkCoverage(source);
    }

    public static Checklists defaults() {
        try (InputStream in = Checklists.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("LPO Desk's default checklists are missing from the class path: " + DEFAULTS);
            }
            return read(in, DEFAULTS_SOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A catalogue of one file on its own (every checklist replaces, none extends). */
    public static Checklists read(InputStream in, String source) {
        List<Checklist> list = new ArrayList<>();
        for (ChecklistReader.Declared declared : new ChecklistReader().read(in, source)) {
            list.add(ChecklistReader.validate(declared.checklist(), source));
        }
        return new Checklists(list, source);
    }

    /**
     * These checklists with a firm's file applied: a checklist of a new id is added; one with an
     * existing id replaces it, or with {@code mode="extend"} adds and replaces items by id and adds
     * its rules ({@code replaceRules="true"}: instead of the old ones). Case types a firm's checklist
     * claims are taken from the checklist that had them. Refused whole, naming the checklist and
     * item at fault, when any part is invalid.
     */
    public Checklists withOverride(InputStream firmFile) {
        Map<String, Checklist> byId = new LinkedHashMap<>();
        checklists.forEach(c -> byId.put(c.id(), c));
        List<ChecklistReader.Declared> declared = new ChecklistReader().read(firmFile, FIRM_SOURCE);
        Set<String> claimedByFirm = new HashSet<>();
        for (ChecklistReader.Declared d : declared) {
            Checklist base = byId.get(d.checklist().id());
            Checklist merged = d.extend() && base != null ? base.extendedBy(d.checklist(), d.replaceRules())
                    : d.extend() ? refuseExtension(d.checklist())
                    : d.checklist().caseTypes().isEmpty() && base != null
                    ? new Checklist(d.checklist().id(), d.checklist().label(), base.caseTypes(), d.checklist().items(), d.checklist().rules())
                    : d.checklist();
            byId.put(merged.id(), ChecklistReader.validate(merged, FIRM_SOURCE));
            if (!d.extend() || !d.checklist().caseTypes().isEmpty()) {
                claimedByFirm.addAll(merged.caseTypes());
            }
        }
        Set<String> firmIds = new HashSet<>();
        declared.forEach(d -> firmIds.add(d.checklist().id()));
        List<Checklist> result = new ArrayList<>();
        for (Checklist c : byId.values()) {
            if (firmIds.contains(c.id())) {
                result.add(c);
            } else {
                // the firm's claims win over the defaults'
                Set<String> kept = new HashSet<>(c.caseTypes());
                kept.removeAll(claimedByFirm);
                result.add(new Checklist(c.id(), c.label(), kept, c.items(), c.rules()));
            }
        }
        return new Checklists(result, FIRM_SOURCE);
    }

    private static Checklist refuseExtension(Checklist firm) {
        throw ChecklistReader.refused("checklist.extends-unknown", FIRM_SOURCE, firm.id());
    }

    public List<Checklist> all() {
        return checklists;
    }

    public Optional<Checklist> byId(String id) {
        return checklists.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The checklist of a case type: the one claiming it, else the one for every other type. */
    public Checklist forCaseType(String caseType) {
        return claiming(caseType).or(() -> claiming(Checklist.ANY_CASE_TYPE)).orElseThrow(() ->
                new IllegalStateException("No checklist for case type " + caseType));
    }

    private Optional<Checklist> claiming(String caseType) {
        return checklists.stream().filter(c -> c.caseTypes().contains(caseType)).findFirst();
    }

    /** Every case type has exactly one checklist. */
    private void checkCoverage(String source) {
        Map<String, String> claims = new LinkedHashMap<>();
        for (Checklist c : checklists) {
            for (String type : c.caseTypes()) {
                String other = claims.put(type, c.id());
                if (other != null) {
                    throw ChecklistReader.refused("checklist.claimed-twice", source, type, other, c.id());
                }
            }
        }
        if (!claims.containsKey(Checklist.ANY_CASE_TYPE)) {
            for (CaseType type : CaseType.values()) {
                if (!claims.containsKey(type.name())) {
                    throw ChecklistReader.refused("checklist.uncovered", source, type.name());
                }
            }
        }
    }
}
