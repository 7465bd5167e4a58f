package org.lpodesk.cmis.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyBooleanImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDateTimeImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyStringImpl;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.Fileable;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.Filing;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.Folder;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.ObjectStore;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.StoredObject;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.VersionedDocument;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Locale;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIntegerImpl;
import org.lpodesk.perm.PermInputRules;
import org.lpodesk.perm.PermRecord;
import org.lpodesk.perm.PermStepKind;
import org.lpodesk.perm.PermTimeline;
import org.lpodesk.perm.PermTracker;
import org.lpodesk.dates.CalendarDates;
import org.lpodesk.evidence.checklist.Checklist;
import org.lpodesk.evidence.checklist.Checklists;
import org.lpodesk.evidence.completeness.CaseCompleteness;
import org.lpodesk.evidence.completeness.Completeness;
import org.lpodesk.evidence.completeness.EvidenceDocument;
import org.lpodesk.deadline.CaseDeadlineRollup;
import org.lpodesk.deadline.Deadline;
import org.lpodesk.deadline.DeadlineRules;
import org.lpodesk.deadline.HolidayCalendar;
import org.lpodesk.deadline.NoticeDeadlines;
import org.lpodesk.notice.NoticeKind;
import org.lpodesk.notice.ServiceMethod;
import org.lpodesk.notice.UscisNotice;

/**
 * What LPO Desk's repository module does to notices and cases in Alfresco (NoticeBehaviour,
 * CaseDeadlineTriggers), done on the in-memory test server with the same core classes, so that
 * the kit can be tested as it is used: it writes a notice and reads back the response deadline
 * and the case deadline the repository computed. Against a live Alfresco the module itself does
 * it and this class is not involved. Not emulated: refusals (a notice dated after today) and
 * responses filed through imm:respondsTo; the live suite covers those. Evidence (EvidenceTriggers):
 * a tag the case's checklist refuses is refused as a constraint violation with core's sentence,
 * and the case's completeness is stored on it, from LPO Desk's default checklists. PERM
 * (PermCaseKeeper): a PERM case's timeline is computed and stored, its clocks join the case deadline.
 */
final class LpoDeskModuleStandIn {

    static final String NOTICE = "D:imm:uscisNotice";
    static final String CASE = "F:imm:case";
    static final String STEP = "I:imm:recruitmentStep";

    private final ObjectStore store;
    private final NoticeDeadlines deadlines = new NoticeDeadlines(HolidayCalendar.federal(), DeadlineRules.defaults());
    private final CaseDeadlineRollup rollup = new CaseDeadlineRollup();
    private final Checklists checklists = Checklists.defaults();
    private final Completeness completeness = new Completeness();
    private final PermTracker permTracker = new PermTracker(HolidayCalendar.federal(), DeadlineRules.defaults());

    LpoDeskModuleStandIn(ObjectStore store) {
        this.store = store;
    }

    /** The case an object lies in, if any (its own id for a case). */
    Optional<String> caseOf(String objectId) {
        StoredObject current = objectId == null ? null : store.getObjectById(objectId);
        while (current != null) {
            if (CASE.equals(current.getTypeId())) {
                return Optional.of(current.getId());
            }
            List<String> parents = current instanceof Filing f ? f.getParentIds() : List.of();
            current = parents.isEmpty() ? null : store.getObjectById(parents.get(0));
        }
        return Optional.empty();
    }

    /** After a notice was created or changed: its deadline, then its case's. */
    void noticeChanged(String objectId) {
        StoredObject found = objectId == null ? null : store.getObjectById(objectId);
        if (found == null) {
            return;
        }
        StoredObject notice = properties(found);
        if (!NOTICE.equals(notice.getTypeId())) {
            return;
        }
        computeNoticeDeadline(notice);
        caseOf(found.getId()).ifPresent(this::recomputeCase);
    }

    private void computeNoticeDeadline(StoredObject notice) {
        Map<String, PropertyData<?>> props = new HashMap<>(notice.getProperties());
        String kind = string(props, "imm:noticeKind");
        Optional<LocalDate> noticeDate = date(props, "imm:noticeDate");
        props.remove("imm:responseDeadline");
        props.remove("imm:responseDeadlineRule");
        props.put("imm:responseDeadlineFlagged", new PropertyBooleanImpl("imm:responseDeadlineFlagged", false));
        if (kind != null && noticeDate.isPresent()) {
            String service = string(props, "imm:serviceMethod");
            UscisNotice facts = UscisNotice.of(NoticeKind.valueOf(kind), noticeDate.get(),
                    service == null ? ServiceMethod.ELECTRONIC : ServiceMethod.valueOf(service));
            Optional<LocalDate> stated = date(props, "imm:statedDueDate");
            if (stated.isPresent()) {
                facts = facts.withStatedDueDate(stated.get());
            }
            Optional<Deadline> deadline = deadlines.responseDeadline(facts);
            if (deadline.isPresent()) {
                props.put("imm:responseDeadline", dateProperty("imm:responseDeadline", deadline.get().date()));
                props.put("imm:responseDeadlineRule",
                        new PropertyStringImpl("imm:responseDeadlineRule", deadline.get().statement()));
                props.put("imm:responseDeadlineFlagged",
                        new PropertyBooleanImpl("imm:responseDeadlineFlagged", deadline.get().isFlagged()));
            }
        }
        notice.setCustomProperties(props);
    }

    /** Refuses the tags of a document its case's checklist does not allow, as Alfresco's behaviour does. */
    void checkTags(String objectId) {
        StoredObject found = objectId == null ? null : store.getObjectById(objectId);
        if (found == null) {
            return;
        }
        checkTags(objectId, strings(properties(found).getProperties(), "imm:checklistItems"));
    }

    /** Refuses these tags on the document, as they would be written. */
    void checkTags(String objectId, List<String> items) {
        StoredObject found = objectId == null ? null : store.getObjectById(objectId);
        if (found == null) {
            return;
        }
        StoredObject doc = properties(found);
        if (items.isEmpty()) {
            return;
        }
        Optional<String> kase = caseOf(found.getId());
        if (kase.isEmpty()) {
            return; // outside a case tags are kept and count for nothing, as in the repository
        }
        try {
            checklistOf(store.getObjectById(kase.get())).validateTag(modelType(doc.getTypeId()), items);
        } catch (IllegalArgumentException refused) {
            throw new CmisConstraintException(refused.getMessage());
        }
    }

    /** The case's completeness, from every tagged document below it. */
    void recomputeEvidence(String caseId) {
        StoredObject kase = store.getObjectById(caseId);
        if (kase == null) {
            return;
        }
        List<EvidenceDocument> documents = new ArrayList<>();
        for (StoredObject doc : documents((Folder) kase)) {
            Map<String, PropertyData<?>> p = doc.getProperties();
            Object foreign = p.containsKey("imm:foreignLanguage") ? p.get("imm:foreignLanguage").getFirstValue() : null;
            documents.add(new EvidenceDocument(doc.getId(), doc.getName(), modelType(doc.getTypeId()),
                    new HashSet<>(strings(p, "imm:checklistItems")), Boolean.TRUE.equals(foreign), false));
        }
        Checklist checklist = checklistOf(kase);
        CaseCompleteness c = completeness.of(checklist, documents, List.of());
        Map<String, PropertyData<?>> props = new HashMap<>(kase.getProperties());
        props.put("imm:evidenceChecklist", new PropertyStringImpl("imm:evidenceChecklist", c.checklistId()));
        props.put("imm:evidenceReady", new PropertyBooleanImpl("imm:evidenceReady", c.ready()));
        props.put("imm:evidenceRequired", new PropertyIntegerImpl("imm:evidenceRequired", BigInteger.valueOf(c.requiredCount())));
        props.put("imm:evidenceMissing", new PropertyIntegerImpl("imm:evidenceMissing", BigInteger.valueOf(c.missingCount())));
        props.put("imm:evidenceCriteriaMet", new PropertyIntegerImpl("imm:evidenceCriteriaMet", BigInteger.valueOf(c.criteriaEvidenced())));
        props.put("imm:evidenceMissingItems", new PropertyStringImpl("imm:evidenceMissingItems", c.missingItemIds()));
        props.put("imm:evidenceSummary", new PropertyStringImpl("imm:evidenceSummary", c.summary(Locale.US)));
        kase.setCustomProperties(props);
    }

    private Checklist checklistOf(StoredObject kase) {
        return checklists.forCaseType(String.valueOf(string(kase.getProperties(), "imm:caseType")));
    }

    /** "D:imm:evidence" as the model names it. */
    private static String modelType(String cmisTypeId) {
        return cmisTypeId.substring(cmisTypeId.indexOf(':') + 1);
    }

    private List<StoredObject> documents(Folder folder) {
        List<StoredObject> found = new ArrayList<>();
        for (Fileable child : store.getChildren(folder, -1, 0, "admin", false).getChildren()) {
            if (child instanceof Folder sub) {
                found.addAll(documents(sub));
            } else {
                found.add(properties(child));
            }
        }
        return found;
    }

    private static List<String> strings(Map<String, PropertyData<?>> props, String id) {
        PropertyData<?> p = props.get(id);
        return p == null ? List.of() : p.getValues().stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList();
    }

    /** The case deadline: core's roll-up over the case's notices. */
    void recomputeCase(String caseId) {
        StoredObject kase = store.getObjectById(caseId);
        if (kase == null) {
            return;
        }
        List<CaseDeadlineRollup.Obligation> obligations = new ArrayList<>();
        for (StoredObject notice : notices((Folder) kase)) {
            Map<String, PropertyData<?>> p = notice.getProperties();
            Optional<LocalDate> due = date(p, "imm:responseDeadline");
            Optional<LocalDate> noticeDate = date(p, "imm:noticeDate");
            if (due.isPresent() && noticeDate.isPresent()) {
                Object answered = p.containsKey("imm:noticeAnswered") ? p.get("imm:noticeAnswered").getFirstValue() : null;
                obligations.add(CaseDeadlineRollup.Obligation.ofNotice(notice.getId(),
                        NoticeKind.valueOf(string(p, "imm:noticeKind")), noticeDate.get(), due.get(),
                        string(p, "imm:responseDeadlineRule"), Boolean.TRUE.equals(answered), false));
            }
        }
        Map<String, PropertyData<?>> props = new HashMap<>(kase.getProperties());
        // a PERM case (PermCaseKeeper): its timeline stored on it, its clocks in the case deadline
        if ("PERM".equals(string(props, "imm:caseType"))) {
            // every PERM case carries the PERM record's aspect (PermCaseKeeper adds it)
            List<String> secondary = new ArrayList<>(kase.getSecondaryTypeIds());
            if (!secondary.contains("P:imm:permCase")) {
                secondary.add("P:imm:permCase");
                Map<String, PropertyData<?>> system = new HashMap<>();
                system.put(org.apache.chemistry.opencmis.commons.PropertyIds.SECONDARY_OBJECT_TYPE_IDS,
                        new org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIdImpl(
                                org.apache.chemistry.opencmis.commons.PropertyIds.SECONDARY_OBJECT_TYPE_IDS, secondary));
                kase.updateSystemBasePropertiesWhenModified(new HashMap<>(system), "system");
                props.putAll(system);
            }
            PermRecord record = permRecord((Folder) kase, props);
            new PermInputRules().checkCase(record);
            PermTimeline timeline = permTracker.timeline(record);
            obligations.addAll(timeline.obligations(caseId));
            for (String id : List.of("imm:permEarliestFiling", "imm:permLatestFiling", "imm:permViolationCount",
                    "imm:permViolations", "imm:permNextClock", "imm:permNextClockLabel")) {
                props.remove(id);
            }
            timeline.earliestFiling().ifPresent(d -> props.put("imm:permEarliestFiling", dateProperty("imm:permEarliestFiling", d.date())));
            timeline.latestFiling().ifPresent(d -> props.put("imm:permLatestFiling", dateProperty("imm:permLatestFiling", d.date())));
            props.put("imm:permViolationCount", new org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIntegerImpl(
                    "imm:permViolationCount", java.math.BigInteger.valueOf(timeline.violations().size())));
            props.put("imm:permViolations", new PropertyStringImpl("imm:permViolations", timeline.violations().stream()
                    .map(v -> v.message(java.util.Locale.ENGLISH) + " (" + v.citation() + ")").toList()));
            timeline.countdowns().stream().filter(c -> c.open() && c.kind().obligation())
                    .min(java.util.Comparator.comparing(PermTimeline.Countdown::date)).ifPresent(c -> {
                        props.put("imm:permNextClock", dateProperty("imm:permNextClock", c.date()));
                        props.put("imm:permNextClockLabel", new PropertyStringImpl("imm:permNextClockLabel", c.label().format()));
                    });
        }
        Optional<CaseDeadlineRollup.CaseDeadline> deadline = rollup.of(obligations);
        props.remove("imm:caseDeadline");
        props.remove("imm:caseDeadlineRule");
        deadline.ifPresent(d -> {
            props.put("imm:caseDeadline", dateProperty("imm:caseDeadline", d.date()));
            props.put("imm:caseDeadlineRule", new PropertyStringImpl("imm:caseDeadlineRule", d.rule()));
        });
        kase.setCustomProperties(props);
    }

    /** The case's PERM facts and the step records the repository would keep with it (filed in the case folder here). */
    private PermRecord permRecord(Folder kase, Map<String, PropertyData<?>> props) {
        List<PermRecord.Step> steps = new ArrayList<>();
        for (Fileable child : store.getChildren(kase, -1, 0, "admin", false).getChildren()) {
            if (STEP.equals(child.getTypeId())) {
                Map<String, PropertyData<?>> p = child.getProperties();
                // the module writes the case number on each step, so that CMIS finds a case's steps
                if (!java.util.Objects.equals(string(p, "imm:stepCaseNumber"), string(props, "imm:caseNumber"))) {
                    Map<String, PropertyData<?>> numbered = new HashMap<>(p);
                    numbered.put("imm:stepCaseNumber", new PropertyStringImpl("imm:stepCaseNumber", string(props, "imm:caseNumber")));
                    child.setCustomProperties(numbered);
                }
                steps.add(new PermRecord.Step(child.getId(), PermStepKind.valueOf(string(p, "imm:stepKind")),
                        date(p, "imm:stepStart").orElseThrow(), date(p, "imm:stepEnd").orElseThrow(),
                        string(p, "imm:stepWhere"), List.of()));
            }
        }
        Optional<PermRecord.Pwd> pwd = date(props, "imm:pwdDeterminedOn").map(d -> new PermRecord.Pwd(d,
                date(props, "imm:pwdValidUntil"), null, string(props, "imm:pwdWageUnit"), string(props, "imm:pwdWageLevel"),
                string(props, "imm:pwdCaseNumber")));
        return new PermRecord(pwd, steps, date(props, "imm:eta9089FiledOn"), string(props, "imm:flagCaseNumber"),
                date(props, "imm:auditLetterOn"), date(props, "imm:auditResponseOn"), date(props, "imm:laborCertifiedOn"),
                date(props, "imm:i140FiledOn"));
    }

    private List<StoredObject> notices(Folder folder) {
        List<StoredObject> found = new ArrayList<>();
        for (Fileable child : store.getChildren(folder, -1, 0, "admin", false).getChildren()) {
            if (child instanceof Folder sub) {
                found.addAll(notices(sub));
            } else {
                StoredObject version = properties(child);
                if (NOTICE.equals(version.getTypeId())) {
                    found.add(version);
                }
            }
        }
        return found;
    }

    /** The server reports a versioned document's properties from its latest version. */
    private static StoredObject properties(StoredObject object) {
        return object instanceof VersionedDocument versioned ? versioned.getLatestVersion(false) : object;
    }

    private static String string(Map<String, PropertyData<?>> props, String id) {
        PropertyData<?> p = props.get(id);
        return p == null || p.getFirstValue() == null ? null : p.getFirstValue().toString();
    }

    private static Optional<LocalDate> date(Map<String, PropertyData<?>> props, String id) {
        PropertyData<?> p = props.get(id);
        return p != null && p.getFirstValue() instanceof GregorianCalendar c
                ? Optional.of(CalendarDates.dayOf(c.toInstant())) : Optional.empty();
    }

    private static PropertyDateTimeImpl dateProperty(String id, LocalDate day) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(CalendarDates.instantOf(day).toEpochMilli());
        return new PropertyDateTimeImpl(id, c);
    }
}
