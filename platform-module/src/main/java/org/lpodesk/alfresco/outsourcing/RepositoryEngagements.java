package org.lpodesk.alfresco.outsourcing;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.attributes.DuplicateAttributeException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.json.JSONObject;
import org.lpodesk.outsourcing.Engagement;
import org.lpodesk.outsourcing.Vendor;
import org.lpodesk.outsourcing.onboarding.EngagementTerms;
import org.lpodesk.outsourcing.workflow.EngagementPort;

/**
 * The vendor and engagement record, one per vendor, in the repository's attribute store under
 * {@code (lpodesk.vendor, <vendorId>)}: the vendor's fields and the engagement as the JSON the
 * administrator submitted, re-read through core's {@link EngagementTerms} so that a stored
 * record is held to the same rules as a new one. Creating the record is atomic (a unique key),
 * which is what makes a concurrent second onboarding of the same vendor fail.
 */
public final class RepositoryEngagements implements EngagementPort {

    static final String KEY = "lpodesk.vendor";
    private static final Log LOG = LogFactory.getLog(RepositoryEngagements.class);

    private final AttributeService attributeService;
    private final ZoneId firmZone;

    public RepositoryEngagements(AttributeService attributeService, String firmZone) {
        this.attributeService = attributeService;
        this.firmZone = ZoneId.of(firmZone);
    }

    /** Stores a new vendor's record; false when the vendor already has one (nothing changed). */
    public boolean create(Vendor vendor, Map<String, ?> engagementJson) {
        HashMap<String, String> record = new HashMap<>();
        record.put("id", vendor.id());
        record.put("name", vendor.name());
        record.put("country", vendor.country());
        record.put("zone", vendor.zone().getId());
        if (vendor.dueDiligenceDate() != null) {
            record.put("dueDiligenceDate", vendor.dueDiligenceDate().toString());
        }
        if (vendor.conflictsCheckDate() != null) {
            record.put("conflictsCheckDate", vendor.conflictsCheckDate().toString());
        }
        record.put("engagement", new JSONObject(engagementJson).toString());
        try {
            attributeService.createAttribute(record, KEY, vendor.id());
            return true;
        } catch (DuplicateAttributeException exists) {
            return false;
        }
    }

    public boolean exists(String vendorId) {
        return attributeService.exists(KEY, vendorId);
    }

    @Override
    public Optional<Engagement> engagement(String vendorId) {
        Serializable stored = attributeService.getAttribute(KEY, vendorId);
        if (stored == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, String> r = (Map<String, String>) stored;
        Vendor vendor = new Vendor(r.get("id"), r.get("name"), r.get("country"), ZoneId.of(r.get("zone")),
                date(r.get("dueDiligenceDate")), date(r.get("conflictsCheckDate")));
        return Optional.of(EngagementTerms.read(vendor, firmZone, new JSONObject(r.get("engagement")).toMap()));
    }

    /** Every onboarded vendor's engagement, in vendor id order; a record core refuses is left out and named in the log. */
    public List<Engagement> all() {
        List<String> ids = new ArrayList<>();
        attributeService.getAttributes((id, value, keys) -> {
            // Alfresco answers every key triple, (KEY, vendorId, null) here
            if (keys.length >= 2 && keys[1] instanceof String vendorId) {
                ids.add(vendorId);
            }
            return true;
        }, KEY);
        Collections.sort(ids);
        List<Engagement> all = new ArrayList<>();
        for (String id : ids) {
            try {
                engagement(id).ifPresent(all::add);
            } catch (IllegalArgumentException unreadable) {
                LOG.warn("The engagement record of vendor " + id + " is not valid and is not offered: "
                        + unreadable.getMessage());
            }
        }
        return all;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
