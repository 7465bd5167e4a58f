package org.lpodesk.cmis.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyBooleanImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIdImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyStringImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDateTimeImpl;
import org.apache.chemistry.opencmis.commons.impl.json.JSONObject;
import org.apache.chemistry.opencmis.commons.impl.json.parser.JSONParser;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.ObjectStore;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.StoredObject;
import org.lpodesk.cmis.client.ImmigrationCmisClient;
import org.lpodesk.uscis.ManualStatus;
import org.lpodesk.uscis.StatusCheck;
import org.lpodesk.uscis.StatusLog;
import org.lpodesk.uscis.StatusSource;
import org.lpodesk.uscis.UscisMessages;

/**
 * What LPO Desk's repository does for {@code POST /lpodesk/cases/uscis-status}
 * (RecordStatusWebScript, StatusRecorder), done on the in-memory server with the same core rules,
 * so that the kit's {@code status record} is tested as it is used: the case holding the receipt
 * number is found, the change judged against that number's log, the check filed (here: an item
 * in the case folder) and the case's last status kept. Not emulated: the events (tasks, mail) and
 * who may record; the live suite and the repository's integration tests cover those.
 */
final class UscisStatusStandIn extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient java.util.function.Supplier<ImmigrationCmisClient> kit;
    private final transient java.util.function.Supplier<ObjectStore> store;
    private final transient Clock clock;

    UscisStatusStandIn(java.util.function.Supplier<ImmigrationCmisClient> kit, java.util.function.Supplier<ObjectStore> store,
                       Clock clock) {
        this.kit = kit;
        this.store = store;
        this.clock = clock;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Map<?, ?> body;
        StatusCheck check;
        try {
            body = (Map<?, ?>) new JSONParser().parse(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            Optional<Instant> modified = Optional.ofNullable((String) body.get("uscisModified"))
                    .map(d -> LocalDate.parse(d).atStartOfDay(ZoneId.of("America/New_York")).toInstant());
            check = ManualStatus.check(String.valueOf(body.get("receiptNumber")), (String) body.get("statusText"),
                    (String) body.get("statusDescription"), (String) body.get("formType"), modified, clock.instant(), "admin");
        } catch (IllegalArgumentException | ClassCastException | org.apache.chemistry.opencmis.commons.impl.json.parser.JSONParseException e) {
            answer(res, 400, Map.of("status", 400, "message", String.valueOf(e.getMessage())));
            return;
        }
        ImmigrationCmisClient client = kit.get();
        Session s = client.session();
        String receipt = check.receiptNumber().value();
        List<QueryResult> cases = new ArrayList<>();
        s.query("SELECT cmis:objectId, imm:caseNumber FROM imm:case WHERE imm:receiptNumber = '" + receipt + "'", false)
                .forEach(cases::add);
        if (cases.isEmpty()) {
            answer(res, 404, Map.of("status", 404, "message", UscisMessages.format("lookup.unknownReceipt", receipt)));
            return;
        }
        String caseId = cases.get(0).getPropertyValueByQueryName(PropertyIds.OBJECT_ID);
        String caseNumber = (String) client.properties(caseId).get("imm:caseNumber");
        List<StatusCheck> earlier = new ArrayList<>();
        for (org.lpodesk.cmis.client.UscisStatus.Check c : client.uscisStatus(caseId).checks()) {
            if (receipt.equals(c.receiptNumber())) {
                earlier.add(c.failure() != null
                        ? StatusCheck.failed(check.receiptNumber(), c.checkedAt(), "", StatusSource.API, c.failure())
                        : StatusCheck.good(check.receiptNumber(), c.checkedAt(), "", StatusSource.valueOf(c.source()), "",
                                c.statusText(), "", Optional.empty()));
            }
        }
        boolean changed = new StatusLog(check.receiptNumber(), earlier).wouldChange(check);
        Map<String, Object> props = new HashMap<>();
        props.put(PropertyIds.OBJECT_TYPE_ID, "I:imm:statusCheck");
        props.put(PropertyIds.NAME, receipt + "-" + UUID.randomUUID());
        props.put("imm:checkReceiptNumber", receipt);
        props.put("imm:checkFormType", check.formType());
        props.put("imm:uscisStatusText", check.statusText());
        props.put("imm:uscisStatusDescription", check.statusDescription());
        check.uscisModified().ifPresent(m -> props.put("imm:uscisModified", calendar(m)));
        String checkId = s.createItem(props, s.createObjectId(caseId)).getId();
        // when, by whom, from where and whether it changed are the repository's (protected): written in the store
        StoredObject item = store.get().getObjectById(checkId);
        Map<String, PropertyData<?>> own = new HashMap<>(item.getProperties());
        own.put("imm:checkedAt", new PropertyDateTimeImpl("imm:checkedAt", calendar(check.checkedAt())));
        own.put("imm:checkedBy", new PropertyStringImpl("imm:checkedBy", check.checkedBy()));
        own.put("imm:checkSource", new PropertyStringImpl("imm:checkSource", check.source().name()));
        own.put("imm:statusChanged", new PropertyBooleanImpl("imm:statusChanged", changed));
        own.put("imm:checkCaseNumber", new PropertyStringImpl("imm:checkCaseNumber", caseNumber));
        item.setCustomProperties(own);
        // the case's last status is the repository's to keep (protected): written in the store, as the module does
        StoredObject kase = store.get().getObjectById(caseId);
        List<String> secondary = new ArrayList<>(kase.getSecondaryTypeIds());
        if (!secondary.contains("P:imm:uscisStatus")) {
            secondary.add("P:imm:uscisStatus");
        }
        Map<String, PropertyData<?>> system = new HashMap<>();
        system.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, new PropertyIdImpl(PropertyIds.SECONDARY_OBJECT_TYPE_IDS, secondary));
        kase.updateSystemBasePropertiesWhenModified(new HashMap<>(system), "admin");
        Map<String, PropertyData<?>> caseProps = new HashMap<>(kase.getProperties());
        caseProps.putAll(system);
        caseProps.put("imm:uscisLastStatus", new PropertyStringImpl("imm:uscisLastStatus", check.statusText()));
        caseProps.put("imm:uscisLastStatusAt", new PropertyDateTimeImpl("imm:uscisLastStatusAt", calendar(check.checkedAt())));
        caseProps.put("imm:uscisLastReceipt", new PropertyStringImpl("imm:uscisLastReceipt", receipt));
        kase.setCustomProperties(caseProps);
        answer(res, 201, Map.of("persistedObject", checkId, "case", caseId, "receiptNumber", receipt, "changed", changed));
    }

    private static GregorianCalendar calendar(Instant at) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(at.toEpochMilli());
        return c;
    }

    private static void answer(HttpServletResponse res, int status, Map<String, Object> body) throws IOException {
        JSONObject json = new JSONObject();
        json.putAll(body);
        res.setStatus(status);
        res.setContentType("application/json;charset=UTF-8");
        res.getOutputStream().write(json.toJSONString().getBytes(StandardCharsets.UTF_8));
    }

}
