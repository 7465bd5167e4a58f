package org.lpodesk.alfresco.outsourcing;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.attributes.DuplicateAttributeException;
import org.lpodesk.outsourcing.report.UsageRecordCodec;
import org.lpodesk.outsourcing.usage.UsageLedger;
import org.lpodesk.outsourcing.usage.UsageRecord;

/**
 * {@link UsageLedger} in the repository's attribute store, one entry per closed task under
 * {@code (lpodesk.usage, <taskId>)}. Creating the entry is the idempotency check: the key has a
 * database unique constraint, so a retried close (a re-run job, a second cluster node) records
 * nothing twice, atomically and without a search. The entries are invisible to users, travel
 * with the repository's database backup, and need no folder of their own.
 */
public final class RepositoryUsageLedger implements UsageLedger {

    static final String KEY = "lpodesk.usage";

    private final AttributeService attributeService;

    public RepositoryUsageLedger(AttributeService attributeService) {
        this.attributeService = attributeService;
    }

    @Override
    public boolean record(UsageRecord record) {
        try {
            attributeService.createAttribute(UsageRecordCodec.toMap(record), KEY, record.taskId());
            return true;
        } catch (DuplicateAttributeException alreadyRecorded) {
            return false;
        }
    }

    @Override
    public Optional<UsageRecord> find(String taskId) {
        return Optional.ofNullable(attributeService.getAttribute(KEY, taskId)).map(RepositoryUsageLedger::decode);
    }

    @Override
    public List<UsageRecord> delivered(String vendorId, Instant fromInclusive, Instant toExclusive) {
        List<UsageRecord> records = new ArrayList<>();
        attributeService.getAttributes((id, value, keys) -> {
            UsageRecord r = decode(value);
            if (r.vendorId().equals(vendorId) && !r.delivered().isBefore(fromInclusive)
                    && r.delivered().isBefore(toExclusive)) {
                records.add(r);
            }
            return true;
        }, KEY);
        records.sort(Comparator.comparing(UsageRecord::delivered).thenComparing(UsageRecord::taskId));
        return records;
    }

    @SuppressWarnings("unchecked")
    private static UsageRecord decode(Serializable value) {
        return UsageRecordCodec.fromMap((Map<String, String>) value);
    }
}
