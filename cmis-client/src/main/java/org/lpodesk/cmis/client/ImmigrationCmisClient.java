package org.lpodesk.cmis.client;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.FileableCmisObject;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.ItemIterable;
import org.apache.chemistry.opencmis.client.api.ObjectId;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.Relationship;
import org.apache.chemistry.opencmis.client.api.SecondaryType;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.api.Tree;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.data.Properties;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.definitions.RelationshipTypeDefinition;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.enums.RelationshipDirection;
import org.apache.chemistry.opencmis.commons.enums.Updatability;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.spi.Holder;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.lpodesk.cmis.client.CmisQuery.Op;
import org.lpodesk.cmis.rules.ModelRules;
import org.lpodesk.cmis.types.CmisType;
import org.lpodesk.cmis.types.CmisTypeCatalog;
import org.lpodesk.cmis.types.ImmModel;

/**
 * The integrator kit's client for the imm model over CMIS 1.1 (browser binding). Every write and
 * every query is checked against the model's rules first (see {@link ModelRules}); aspects are
 * always sent as the complete {@code cmis:secondaryObjectTypeIds} set; queries alias every column
 * and JOIN aspects for aspect properties.
 */
public final class ImmigrationCmisClient {

    public static final String CLIENT_TYPE = "F:imm:client";
    public static final String CASE_TYPE = "F:imm:case";
    public static final String DOCUMENT_TYPE = "D:imm:document";
    public static final String NOTICE_TYPE = "D:imm:uscisNotice";
    public static final String APPROVAL_ASPECT = "P:imm:attorneyApproval";
    public static final String RESPONDS_TO = "R:imm:respondsTo";
    public static final String EVIDENCE_TAGS_ASPECT = "P:imm:evidenceTags";
    /** A PERM recruitment step, a record the repository keeps under its case. */
    public static final String RECRUITMENT_STEP_TYPE = "I:imm:recruitmentStep";
    public static final String STATUS_CHECK_TYPE = "I:imm:statusCheck";
    public static final String APPROVED = "APPROVED";

    private final Session session;
    private final ModelRules rules;

    public ImmigrationCmisClient(Session session, ModelRules rules) {
        this.session = session;
        this.rules = rules;
    }

    /** Opens a session on the endpoint with the imm model's rules. */
    public static ImmigrationCmisClient connect(CmisConnection connection) {
        return new ImmigrationCmisClient(openSession(connection), new ModelRules(ImmModel.catalog()));
    }

    public static Session openSession(CmisConnection connection) {
        Map<String, String> p = new HashMap<>();
        p.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        p.put(SessionParameter.BROWSER_URL, connection.url());
        p.put(SessionParameter.USER, connection.user());
        p.put(SessionParameter.PASSWORD, new String(connection.password()));
        p.put(SessionParameter.REPOSITORY_ID, connection.repositoryId());
        p.put(SessionParameter.COMPRESSION, "true");
        return SessionFactoryImpl.newInstance().createSession(p);
    }

    public Session session() {
        return session;
    }

    public ModelRules rules() {
        return rules;
    }

    public CmisTypeCatalog catalog() {
        return rules.catalog();
    }

    /** The folder at this path or id, for the calls that take a {@link FolderRef}. */
    public FolderRef folderRef(String idOrPath) {
        Folder f = folder(idOrPath);
        return new FolderRef(f.getId(), f.getName(), f.getPath(), f.getType().getId());
    }

    /** The id of the object at this path, if there is one. */
    public Optional<String> idAt(String path) {
        try {
            return Optional.of(session.getObjectByPath(path, noCache()).getId());
        } catch (CmisObjectNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Checks a client against the model without sending anything. */
    public void check(NewClient client) {
        rules.checkCreate(CLIENT_TYPE, List.of(), clientProperties(client));
    }

    /** Checks a case against the model without sending anything. */
    public void check(NewCase c) {
        rules.checkCreate(CASE_TYPE, List.of(), caseProperties(c));
    }

    /** Checks a document against the model without sending anything. */
    public void check(NewDocument doc) {
        List<String> secondary = rules.secondarySet(doc.typeId(), List.of(), doc.aspectList(),
                doc.properties().keySet());
        rules.checkCreate(doc.typeId(), secondary, doc.properties());
    }

    /** Creates a client folder under a folder given by path ({@code /Clients}) or id. */
    public FolderRef createClient(String parent, NewClient client) {
        return createClient(folderRef(parent), client);
    }

    /** Creates a client folder under a known folder (no round trip to look it up). */
    public FolderRef createClient(FolderRef parent, NewClient client) {
        return createFolder(parent, CLIENT_TYPE, client.effectiveFolderName(), clientProperties(client));
    }

    private static Map<String, Object> clientProperties(NewClient client) {
        Map<String, Object> props = new LinkedHashMap<>();
        put(props, "imm:clientName", client.clientName());
        put(props, "imm:clientKind", client.kind());
        put(props, "imm:clientReference", client.reference());
        put(props, "imm:clientEmail", client.email());
        return props;
    }

    /** Creates a case folder, named after its case number, in a client folder. */
    public FolderRef createCase(String clientFolder, NewCase c) {
        return createCase(folderRef(clientFolder), c);
    }

    /** Creates a case folder in a known client folder (no round trip to look it up). */
    public FolderRef createCase(FolderRef clientFolder, NewCase c) {
        return createFolder(clientFolder, CASE_TYPE, c.caseNumber(), caseProperties(c));
    }

    private static Map<String, Object> caseProperties(NewCase c) {
        Map<String, Object> props = new LinkedHashMap<>();
        put(props, "imm:caseNumber", c.caseNumber());
        put(props, "imm:caseType", c.caseType());
        put(props, "imm:caseStatus", c.status());
        put(props, "imm:beneficiaryName", c.beneficiaryName());
        put(props, "imm:petitionerName", c.petitionerName());
        put(props, "imm:receiptNumber", c.receiptNumber());
        put(props, "imm:aNumber", c.aNumber());
        put(props, "imm:priorityDate", c.priorityDate());
        put(props, "imm:responsibleAttorney", c.responsibleAttorney());
        return props;
    }

    /** A folder of the given type with checked properties; the names of the model's properties. */
    public FolderRef createFolder(FolderRef parent, String typeId, String name, Map<String, ?> properties) {
        List<String> secondary = rules.secondarySet(typeId, List.of(), List.of(), properties.keySet());
        Map<String, Object> props = rules.checkCreate(typeId, secondary, properties);
        props.put(PropertyIds.OBJECT_TYPE_ID, typeId);
        props.put(PropertyIds.NAME, name);
        if (!secondary.isEmpty()) {
            props.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, secondary);
        }
        try {
            ObjectId created = session.createFolder(props, session.createObjectId(parent.id()));
            return new FolderRef(created.getId(), name, childPath(parent.path(), name), typeId);
        } catch (CmisNameConstraintViolationException | CmisContentAlreadyExistsException e) {
            throw new DuplicateNameException(name, parent.path(), e);
        }
    }

    /** Uploads a document into a case folder, with its type's mandatory aspects and the ones asked for. */
    public DocumentRef uploadDocument(String caseFolder, NewDocument doc) {
        return uploadDocument(folderRef(caseFolder), doc);
    }

    /** Uploads a document into a known folder (no round trip to look it up). */
    public DocumentRef uploadDocument(FolderRef parent, NewDocument doc) {
        List<String> secondary = rules.secondarySet(doc.typeId(), List.of(), doc.aspectList(),
                doc.properties().keySet());
        Map<String, Object> props = rules.checkCreate(doc.typeId(), secondary, doc.properties());
        props.put(PropertyIds.OBJECT_TYPE_ID, doc.typeId());
        props.put(PropertyIds.NAME, doc.fileName());
        if (!secondary.isEmpty()) {
            props.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, secondary);
        }
        ContentStream stream = doc.content() == null ? null : session.getObjectFactory().createContentStream(
                doc.fileName(), doc.content().length, doc.mimeType(), new ByteArrayInputStream(doc.content()));
        try {
            ObjectId id = session.createDocument(props, session.createObjectId(parent.id()), stream,
                    VersioningState.MAJOR);
            return new DocumentRef(id.getId(), doc.fileName(), doc.typeId(), "1.0", secondary);
        } catch (CmisNameConstraintViolationException | CmisContentAlreadyExistsException e) {
            throw new DuplicateNameException(doc.fileName(), parent.path(), e);
        }
    }

    /**
     * Adds aspects (with their properties) to an object; the server gets the complete set of
     * secondary types, the current ones included.
     */
    public DocumentRef addAspects(String objectId, Collection<String> aspects, Map<String, ?> properties) {
        CmisObject object = object(objectId);
        List<String> current = secondaryIds(object);
        String typeId = object.getType().getId();
        List<String> wanted = rules.secondarySet(typeId, current, aspects, properties.keySet());
        Map<String, Object> props = rules.checkUpdate(typeId, current, wanted, properties);
        props.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, wanted);
        ObjectId updated = object.updateProperties(props, false);
        return documentRef(session.getObject(updated, noCache()));
    }

    /** Changes model properties of an object (a case's status, a document's date). */
    public void update(String objectId, Map<String, ?> properties) {
        CmisObject object = object(objectId);
        List<String> current = secondaryIds(object);
        String typeId = object.getType().getId();
        List<String> wanted = rules.secondarySet(typeId, current, List.of(), properties.keySet());
        Map<String, Object> props = rules.checkUpdate(typeId, current, wanted, properties);
        if (!wanted.equals(current)) {
            props.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, wanted);
        }
        object.updateProperties(props, false);
    }

    /**
     * Records a USCIS notice in a case. A receipt notice gives the case its receipt number when it
     * has none. The response deadline and the case deadline are the repository's: LPO Desk's module
     * computes them when the notice is stored (a notice that starts no period has none), and this
     * reads them back, so the kit, Share and every other client show the same dates.
     */
    public NoticeRecord recordNotice(String caseFolder, NewNotice notice) {
        Folder kase = caseFolder(caseFolder);
        rules.checkValue("imm:noticeKind", notice.kind());
        if (notice.serviceMethod() != null) {
            rules.checkValue("imm:serviceMethod", notice.serviceMethod());
        }
        NewDocument doc = NewDocument.of(NOTICE_TYPE,
                notice.fileName() != null ? notice.fileName() : noticeName(notice),
                notice.mimeType() == null ? "application/pdf" : notice.mimeType(), notice.content())
                .with("imm:noticeKind", notice.kind())
                .with("imm:noticeDate", notice.noticeDate());
        if (notice.serviceMethod() != null) {
            doc = doc.with("imm:serviceMethod", notice.serviceMethod());
        }
        if (notice.receiptNumber() != null) {
            doc = doc.with("imm:noticeReceiptNumber", notice.receiptNumber());
        }
        if (notice.statedDueDate() != null) {
            doc = doc.with("imm:statedDueDate", notice.statedDueDate());
        }
        check(doc);
        LocalDate caseDeadlineBefore = ModelRules.day(kase.getPropertyValue("imm:caseDeadline"));
        DocumentRef ref = uploadDocument(new FolderRef(kase.getId(), kase.getName(), kase.getPath(),
                kase.getType().getId()), doc);
        if ("RECEIPT".equals(notice.kind()) && notice.receiptNumber() != null
                && kase.getPropertyValue("imm:receiptNumber") == null) {
            update(kase.getId(), Map.of("imm:receiptNumber", notice.receiptNumber()));
        }
        CmisObject stored = session.getObject(ref.id(), noCache());
        CmisObject caseNow = session.getObject(kase.getId(), noCache());
        LocalDate caseDeadlineAfter = ModelRules.day(caseNow.getPropertyValue("imm:caseDeadline"));
        return new NoticeRecord(ref, ModelRules.day(stored.getPropertyValue("imm:responseDeadline")),
                stored.getPropertyValue("imm:responseDeadlineRule"), caseDeadlineAfter,
                caseNow.getPropertyValue("imm:caseDeadlineRule"),
                !Objects.equals(caseDeadlineBefore, caseDeadlineAfter));
    }

    /**
     * Marks a notice answered ({@code imm:noticeAnswered}), e.g. when the response was filed
     * outside LPO Desk: it no longer sets the case deadline, which the repository moves to the
     * next open obligation or clears. Returns the case's deadline afterwards (null for none).
     */
    public LocalDate markAnswered(String noticeDocumentId) {
        CmisObject notice = object(noticeDocumentId);
        update(notice.getId(), Map.of("imm:noticeAnswered", true));
        String caseId = caseIdOf(notice);
        return caseId == null ? null : ModelRules.day(session.getObject(caseId, noCache()).getPropertyValue("imm:caseDeadline"));
    }

    private String caseIdOf(CmisObject object) {
        List<Folder> parents = object instanceof FileableCmisObject f ? f.getParents() : List.of();
        while (!parents.isEmpty()) {
            Folder parent = parents.get(0);
            if (CASE_TYPE.equals(parent.getType().getId())) {
                return parent.getId();
            }
            parents = parent.getParents();
        }
        return null;
    }

    /**
     * Records that an RFE response answers a notice ({@code R:imm:respondsTo}). Alfresco ignores
     * {@code cmis:name} on relationships but other servers need it, so it is always sent.
     */
    public String linkResponse(String responseDocumentId, String noticeDocumentId) {
        CmisObject response = object(responseDocumentId);
        CmisObject notice = object(noticeDocumentId);
        CmisType rel = rules.catalog().type(RESPONDS_TO).orElseThrow();
        RelationshipTypeDefinition def = (RelationshipTypeDefinition) rel.definition();
        if (!isA(response.getType().getId(), def.getAllowedSourceTypeIds())) {
            throw new ObjectNotFoundException("client.wrongRelationshipEnd", responseDocumentId,
                    response.getType().getId(), RESPONDS_TO, def.getAllowedSourceTypeIds());
        }
        if (!isA(notice.getType().getId(), def.getAllowedTargetTypeIds())) {
            throw new ObjectNotFoundException("client.wrongRelationshipEnd", noticeDocumentId,
                    notice.getType().getId(), RESPONDS_TO, def.getAllowedTargetTypeIds());
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(PropertyIds.OBJECT_TYPE_ID, RESPONDS_TO);
        props.put(PropertyIds.NAME, response.getName() + " responds to " + notice.getName());
        props.put(PropertyIds.SOURCE_ID, response.getId());
        props.put(PropertyIds.TARGET_ID, notice.getId());
        return session.createRelationship(props).getId();
    }

    /** Ids of the notices a response is linked to. */
    public List<String> respondsTo(String responseDocumentId) {
        List<String> targets = new ArrayList<>();
        for (Relationship r : session.getRelationships(session.createObjectId(responseDocumentId), true,
                RelationshipDirection.SOURCE, session.getTypeDefinition(RESPONDS_TO), noCache())) {
            targets.add(r.getTarget().getId());
        }
        return targets;
    }

    private boolean isA(String typeId, List<String> allowed) {
        return rules.catalog().lineage(typeId).stream().anyMatch(t -> allowed.contains(t.id()));
    }

    private static String noticeName(NewNotice n) {
        return n.kind() + " " + n.noticeDate() + (n.receiptNumber() == null ? "" : " " + n.receiptNumber());
    }

    /** The case folder with this id, path or case number. */
    public FolderRef caseRef(String caseFolder) {
        Folder f = caseFolder(caseFolder);
        return new FolderRef(f.getId(), f.getName(), f.getPath(), f.getType().getId());
    }

    /**
     * The case's evidence completeness as the repository keeps it (imm:evidence* on the case). The
     * missing items carry the labels of LPO Desk's default checklists, in the JVM's locale.
     */
    public EvidenceStatus evidence(String caseFolder) {
        FolderRef kase = caseRef(caseFolder);
        Map<String, Object> p = properties(kase.id());
        org.lpodesk.evidence.checklist.Checklists defaults = org.lpodesk.evidence.checklist.Checklists.defaults();
        String checklistId = (String) p.get("imm:evidenceChecklist");
        java.util.Optional<org.lpodesk.evidence.checklist.Checklist> checklist = checklistId == null
                ? java.util.Optional.empty() : defaults.byId(checklistId);
        List<EvidenceStatus.Item> missing = new ArrayList<>();
        for (String id : strings(p.get("imm:evidenceMissingItems"))) {
            String label = checklist.flatMap(c -> c.item(id)).map(i -> i.label(java.util.Locale.getDefault())).orElse(id);
            missing.add(new EvidenceStatus.Item(id, label));
        }
        return new EvidenceStatus(kase.id(), (String) p.get("imm:caseNumber"), (String) p.get("imm:caseType"), checklistId,
                Boolean.TRUE.equals(p.get("imm:evidenceReady")), number(p.get("imm:evidenceRequired")),
                number(p.get("imm:evidenceMissing")), number(p.get("imm:evidenceCriteriaMet")), missing,
                (String) p.get("imm:evidenceSummary"));
    }

    /**
     * A PERM case's timeline as the repository keeps it: the case's computed PERM properties and its
     * recruitment steps, found by the case number the repository writes on each
     * ({@code imm:stepCaseNumber}; steps are records under the case, not folder children).
     */
    public PermStatus perm(String caseFolder) {
        FolderRef kase = caseRef(caseFolder);
        Map<String, Object> p = properties(kase.id());
        String number = (String) p.get("imm:caseNumber");
        CmisQuery q = CmisQuery.from(rules, RECRUITMENT_STEP_TYPE, "s")
                .select("imm:stepKind", "imm:stepStart", "imm:stepEnd", "imm:stepWhere")
                .where("imm:stepCaseNumber", Op.EQ, number).orderBy("imm:stepStart", true).orderBy("imm:stepEnd", true);
        List<PermStatus.Step> steps = new ArrayList<>();
        for (int skip = 0; ; skip += 100) {
            Page<PermStatus.Step> page = query(q, skip, 100, r -> new PermStatus.Step(str(r, "imm:stepKind"),
                    date(r, "imm:stepStart"), date(r, "imm:stepEnd"), str(r, "imm:stepWhere")));
            steps.addAll(page.items());
            if (!page.hasMore()) {
                break;
            }
        }
        // first day, then last day, whatever order a server gives rows of one first day (the in-memory one ignores the second key)
        steps.sort(java.util.Comparator.comparing(PermStatus.Step::start, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(PermStatus.Step::end, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return new PermStatus(kase.id(), number, instantDay(p.get("imm:eta9089FiledOn")), (String) p.get("imm:flagCaseNumber"),
                instantDay(p.get("imm:permEarliestFiling")), instantDay(p.get("imm:permLatestFiling")),
                number(p.get("imm:permViolationCount")), strings(p.get("imm:permViolations")),
                instantDay(p.get("imm:permNextClock")), (String) p.get("imm:permNextClockLabel"), steps);
    }

    /**
     * A case's USCIS status log as the repository keeps it: its last good status, the case status the
     * last change suggests, and every check of its receipt numbers, oldest first.
     */
    public UscisStatus uscisStatus(String caseFolder) {
        FolderRef kase = caseRef(caseFolder);
        Map<String, Object> p = properties(kase.id());
        String number = (String) p.get("imm:caseNumber");
        CmisQuery q = CmisQuery.from(rules, STATUS_CHECK_TYPE, "s")
                .select("imm:checkReceiptNumber", "imm:checkedAt", "imm:checkedBy", "imm:checkSource", "imm:checkFormType",
                        "imm:uscisStatusText", "imm:uscisStatusDescription", "imm:uscisModified", "imm:checkFailure",
                        "imm:statusChanged")
                .where("imm:checkCaseNumber", Op.EQ, number).orderBy("imm:checkedAt", true);
        List<UscisStatus.Check> checks = new ArrayList<>();
        for (int skip = 0; ; skip += 100) {
            Page<UscisStatus.Check> page = query(q, skip, 100, r -> new UscisStatus.Check(str(r, "imm:checkReceiptNumber"),
                    instant(r, "imm:checkedAt"), str(r, "imm:checkedBy"), str(r, "imm:checkSource"), str(r, "imm:checkFormType"),
                    str(r, "imm:uscisStatusText"), str(r, "imm:uscisStatusDescription"), instant(r, "imm:uscisModified"),
                    blankToNull(str(r, "imm:checkFailure")), Boolean.TRUE.equals(r.values().get("imm:statusChanged"))));
            checks.addAll(page.items());
            if (!page.hasMore()) {
                break;
            }
        }
        checks.sort(java.util.Comparator.comparing(UscisStatus.Check::checkedAt,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return new UscisStatus(kase.id(), number, (String) p.get("imm:uscisLastStatus"),
                p.get("imm:uscisLastStatusAt") instanceof java.time.Instant at ? at : null,
                (String) p.get("imm:uscisSuggestedStatus"), checks);
    }

    private static java.time.Instant instant(QueryRow r, String alias) {
        return r.values().get(alias) instanceof Calendar c ? c.toInstant() : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A d:date as {@link #properties} gives it (an instant), as the firm's calendar day. */
    private static LocalDate instantDay(Object value) {
        return value instanceof java.time.Instant i ? org.lpodesk.dates.CalendarDates.dayOf(i) : ModelRules.day(value);
    }

    /**
     * Tags a document of a case with checklist items (replacing its tags), adding the evidence-tags
     * aspect where its type does not carry it. The repository refuses an item the case's checklist
     * lacks or the document's type cannot satisfy (a constraint violation naming both), and then
     * recomputes the case's completeness.
     */
    public DocumentRef tagEvidence(String documentId, Collection<String> itemIds, boolean foreignLanguage) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("imm:checklistItems", new ArrayList<>(itemIds));
        props.put("imm:foreignLanguage", foreignLanguage);
        return addAspects(documentId, List.of(EVIDENCE_TAGS_ASPECT), props);
    }

    /**
     * Cases not ready for attorney review by their evidence, optionally of one type and with fewer
     * than {@code criteriaBelow} criteria evidenced (e.g. EB-1A cases below 3), by case number.
     */
    public Page<CaseSummary> casesMissingEvidence(String caseType, Integer criteriaBelow, int skip, int pageSize) {
        CmisQuery q = CmisQuery.from(rules, CASE_TYPE, "c").select("cmis:objectId", "imm:caseNumber",
                "imm:caseType", "imm:caseStatus", "imm:beneficiaryName", "imm:receiptNumber", "imm:caseDeadline",
                "imm:responsibleAttorney").where("imm:evidenceReady", Op.EQ, false);
        if (caseType != null) {
            q.where("imm:caseType", Op.EQ, rules.checkValue("imm:caseType", caseType));
        }
        if (criteriaBelow != null) {
            q.where("imm:evidenceCriteriaMet", Op.LT, criteriaBelow);
        }
        q.orderBy("imm:caseNumber", true);
        return query(q, skip, pageSize, r -> new CaseSummary(str(r, "cmis:objectId"),
                str(r, "imm:caseNumber"), str(r, "imm:caseType"), str(r, "imm:caseStatus"),
                str(r, "imm:beneficiaryName"), str(r, "imm:receiptNumber"), date(r, "imm:caseDeadline"),
                str(r, "imm:responsibleAttorney")));
    }

    private static List<String> strings(Object value) {
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    /** All model properties of an object, by id. */
    public Map<String, Object> properties(String objectId) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (PropertyData<?> p : object(objectId).getProperties()) {
            Object v = p.getValues().size() > 1 ? p.getValues() : p.getFirstValue();
            result.put(p.getId(), v instanceof Calendar c ? c.toInstant() : v);
        }
        return result;
    }

    /** Cases matching the criteria, one page. */
    public Page<CaseSummary> findCases(CaseCriteria criteria) {
        CmisQuery q = CmisQuery.from(rules, CASE_TYPE, "c").select("cmis:objectId", "imm:caseNumber",
                "imm:caseType", "imm:caseStatus", "imm:beneficiaryName", "imm:receiptNumber", "imm:caseDeadline",
                "imm:responsibleAttorney");
        if (criteria.status() != null) {
            q.where("imm:caseStatus", Op.EQ, rules.checkValue("imm:caseStatus", criteria.status()));
        }
        if (criteria.caseType() != null) {
            q.where("imm:caseType", Op.EQ, rules.checkValue("imm:caseType", criteria.caseType()));
        }
        if (criteria.receiptNumber() != null) {
            q.where("imm:receiptNumber", Op.EQ, rules.checkValue("imm:receiptNumber", criteria.receiptNumber()));
        }
        if (criteria.beneficiary() != null) {
            q.where("imm:beneficiaryName", Op.LIKE, "%" + criteria.beneficiary() + "%");
        }
        if (criteria.deadlineFrom() != null) {
            q.where("imm:caseDeadline", Op.GE, ModelRules.toCalendar(criteria.deadlineFrom()));
        }
        if (criteria.deadlineTo() != null) {
            q.where("imm:caseDeadline", Op.LE, ModelRules.toCalendar(criteria.deadlineTo()));
        }
        if (criteria.consentScope() != null) {
            q.where("imm:consentScope", Op.EQ, rules.checkValue("imm:consentScope", criteria.consentScope()));
        }
        if (criteria.orderBy() != null) {
            q.orderBy(criteria.orderBy(), criteria.ascending());
        }
        return query(q, criteria.skip(), criteria.pageSize(), r -> new CaseSummary(str(r, "cmis:objectId"),
                str(r, "imm:caseNumber"), str(r, "imm:caseType"), str(r, "imm:caseStatus"),
                str(r, "imm:beneficiaryName"), str(r, "imm:receiptNumber"), date(r, "imm:caseDeadline"),
                str(r, "imm:responsibleAttorney")));
    }

    /** Cases whose deadline falls between today and today + days, soonest first. */
    public List<CaseSummary> deadlinesWithin(int days, LocalDate today) {
        List<CaseSummary> all = new ArrayList<>();
        int skip = 0;
        Page<CaseSummary> page;
        do {
            page = findCases(CaseCriteria.any().deadlineBetween(today, today.plusDays(days))
                    .orderBy("imm:caseDeadline", true).page(skip, 100));
            all.addAll(page.items());
            skip += page.items().size();
        } while (page.hasMore() && !page.items().isEmpty());
        return all;
    }

    /**
     * Documents of a case (in any of its sub-folders) whose current version carries a firm
     * attorney's approval, by name. Read by walking the case's folder tree rather than by an
     * IN_TREE query: Alfresco answers IN_TREE only from its search index, which lags behind an
     * approval just given (and is absent where search is turned off), while the tree is always
     * current.
     */
    public List<Deliverable> approvedDeliverables(String caseFolder) {
        Folder kase = caseFolder(caseFolder);
        OperationContext ctx = noCache();
        ctx.setFilterString("*");
        ctx.setMaxItemsPerPage(1000);
        List<Deliverable> result = new ArrayList<>();
        collectApproved(kase.getDescendants(-1, ctx), result);
        result.sort(Comparator.comparing(Deliverable::name));
        return result;
    }

    private static void collectApproved(List<Tree<FileableCmisObject>> level,
            List<Deliverable> into) {
        for (var node : level) {
            if (node.getItem() instanceof Document d && !Boolean.TRUE.equals(d.isPrivateWorkingCopy())
                    && APPROVED.equals(d.getPropertyValue("imm:approvalOutcome"))) {
                // an edit after the approval makes a new version: the approval no longer holds
                String version = d.getVersionLabel();
                if (version != null && version.equals(d.getPropertyValue("imm:approvedVersionLabel"))) {
                    Calendar on = d.getPropertyValue("imm:approvedOn");
                    into.add(new Deliverable(d.getId(), d.getName(), d.getType().getId(), version,
                            d.getPropertyValue("imm:approver"), on == null ? null : on.toInstant()));
                }
            }
            if (node.getChildren() != null) {
                collectApproved(node.getChildren(), into);
            }
        }
    }

    /** Checks a document out; returns the private working copy's id. */
    public String checkOut(String documentId) {
        Document doc = document(documentId);
        return doc.checkOut().getId();
    }

    /**
     * Checks in the working copy of a checked-out document as a new version, keeping the
     * document's aspects: they are re-sent in the check-in properties (Alfresco keeps them,
     * lenient servers drop them otherwise).
     *
     * @param documentId the checked-out document (not its working copy)
     */
    public DocumentRef checkIn(String documentId, boolean major, byte[] content, String mimeType,
            Map<String, ?> properties, String comment) {
        Document doc = document(documentId);
        String pwcId = doc.getVersionSeriesCheckedOutId();
        if (pwcId == null) {
            throw new ObjectNotFoundException("client.notCheckedOut", documentId);
        }
        // what the working copy has (Alfresco's own aspects included, kept by sending them back),
        // plus the model's aspects of the original (a lenient server's working copy loses them);
        // not the original's lock aspects, which check-in itself removes
        Set<String> currentSet = new LinkedHashSet<>(secondaryIds(session.getObject(pwcId, noCache())));
        secondaryIds(doc).stream().filter(a -> rules.catalog().type(a).isPresent()).forEach(currentSet::add);
        List<String> current = List.copyOf(currentSet);
        String typeId = doc.getType().getId();
        List<String> wanted = rules.secondarySet(typeId, current, List.of(), properties.keySet());
        Map<String, Object> props = rules.checkUpdate(typeId, current, wanted, properties);
        props.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, wanted);
        List<SecondaryType> secondaryTypes = new ArrayList<>();
        for (String id : wanted) {
            secondaryTypes.add((SecondaryType) session.getTypeDefinition(id));
        }
        // straight to the binding: a lenient server's working copy may not list the aspects its
        // properties belong to, and the object API would refuse to read it
        Properties converted = session.getObjectFactory().convertProperties(props, doc.getType(), secondaryTypes,
                EnumSet.of(Updatability.READWRITE, Updatability.WHENCHECKEDOUT));
        ContentStream stream = content == null ? null : session.getObjectFactory().createContentStream(
                doc.getContentStreamFileName(), content.length, mimeType, new ByteArrayInputStream(content));
        Holder<String> id = new Holder<>(pwcId);
        session.getBinding().getVersioningService().checkIn(session.getRepositoryInfo().getId(), id, major,
                converted, stream == null ? null : session.getObjectFactory().convertContentStream(stream), comment,
                null, null, null, null);
        return documentRef(session.getObject(id.getValue(), noCache()));
    }

    /** The documents directly in a folder, by name. */
    public Map<String, DocumentRef> documentsIn(String folder) {
        Map<String, DocumentRef> result = new LinkedHashMap<>();
        OperationContext ctx = session.createOperationContext();
        ctx.setMaxItemsPerPage(1000);
        for (CmisObject child : folder(folder).getChildren(ctx)) {
            if (child instanceof Document d) {
                result.put(d.getName(), documentRef(d));
            }
        }
        return result;
    }

    /** The sub-folders of a folder, by name. */
    public Map<String, FolderRef> foldersIn(String folder) {
        Map<String, FolderRef> result = new LinkedHashMap<>();
        OperationContext ctx = session.createOperationContext();
        ctx.setMaxItemsPerPage(1000);
        for (CmisObject child : folder(folder).getChildren(ctx)) {
            if (child instanceof Folder f) {
                result.put(f.getName(), new FolderRef(f.getId(), f.getName(), f.getPath(), f.getType().getId()));
            }
        }
        return result;
    }

    /** A row of a query result by property id. */
    public record QueryRow(Map<String, Object> values) {
    }

    /** Runs a checked query and returns one page of rows, each mapped by column alias. */
    public <T> Page<T> query(CmisQuery q, int skip, int pageSize, java.util.function.Function<QueryRow, T> mapper) {
        OperationContext ctx = session.createOperationContext();
        ctx.setMaxItemsPerPage(pageSize);
        ctx.setCacheEnabled(false);
        ItemIterable<QueryResult> results = session.query(q.toSql(), false, ctx).skipTo(skip).getPage(pageSize);
        List<T> items = new ArrayList<>();
        for (QueryResult r : results) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String id : q.columns()) {
                PropertyData<?> p = r.getPropertyByQueryName(CmisQuery.aliasOf(id));
                row.put(id, p == null ? null : p.getFirstValue());
            }
            items.add(mapper.apply(new QueryRow(row)));
        }
        return new Page<>(items, skip, pageSize, results.getHasMoreItems(), results.getTotalNumItems());
    }

    private static String childPath(String parentPath, String name) {
        return (parentPath == null || parentPath.endsWith("/") ? (parentPath == null ? "/" : parentPath)
                : parentPath + "/") + name;
    }

    private OperationContext noCache() {
        OperationContext ctx = session.createOperationContext();
        ctx.setCacheEnabled(false);
        return ctx;
    }

    private static String str(QueryRow r, String alias) {
        Object v = r.values().get(alias);
        return v == null ? null : v.toString();
    }

    private static LocalDate date(QueryRow r, String alias) {
        Object v = r.values().get(alias);
        return ModelRules.day(v);
    }

    private static void put(Map<String, Object> props, String id, Object value) {
        if (value != null) {
            props.put(id, value);
        }
    }

    private DocumentRef documentRef(CmisObject o) {
        String label = o instanceof Document d ? d.getVersionLabel() : null;
        return new DocumentRef(o.getId(), o.getName(), o.getType().getId(), label, secondaryIds(o));
    }

    private static List<String> secondaryIds(CmisObject o) {
        List<String> ids = new ArrayList<>();
        if (o.getSecondaryTypes() != null) {
            for (SecondaryType t : o.getSecondaryTypes()) {
                ids.add(t.getId());
            }
        }
        return ids;
    }

    CmisObject object(String idOrPath) {
        try {
            return idOrPath.startsWith("/") ? session.getObjectByPath(idOrPath, noCache())
                    : session.getObject(idOrPath, noCache());
        } catch (CmisObjectNotFoundException e) {
            throw new ObjectNotFoundException("client.notFound", idOrPath);
        }
    }

    private Folder folder(String idOrPath) {
        CmisObject o = object(idOrPath);
        if (!(o instanceof Folder f)) {
            throw new ObjectNotFoundException("client.notAFolder", idOrPath, o.getType().getId());
        }
        return f;
    }

    private Document document(String id) {
        CmisObject o = object(id);
        if (!(o instanceof Document d)) {
            throw new ObjectNotFoundException("client.notADocument", id, o.getType().getId());
        }
        return d;
    }

    /** A case folder by path, case number (looked up by query) or id. */
    private Folder caseFolder(String ref) {
        String idOrPath = ref;
        if (!ref.startsWith("/")) {
            CmisQuery q = CmisQuery.from(rules, CASE_TYPE, "c").select("cmis:objectId")
                    .where("imm:caseNumber", Op.EQ, ref);
            Page<String> hit = query(q, 0, 2, r -> str(r, "cmis:objectId"));
            if (!hit.items().isEmpty()) {
                idOrPath = hit.items().get(0);
            }
        }
        Folder f;
        try {
            f = folder(idOrPath);
        } catch (ObjectNotFoundException | org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException e) {
            throw new ObjectNotFoundException("client.noSuchCase", ref);
        }
        if (rules.catalog().lineage(f.getType().getId()).stream().noneMatch(t -> t.id().equals(CASE_TYPE))) {
            throw new ObjectNotFoundException("client.notACase", ref, f.getType().getId());
        }
        return f;
    }
}
