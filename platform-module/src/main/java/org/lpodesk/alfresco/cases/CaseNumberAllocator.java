package org.lpodesk.alfresco.cases;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.attributes.DuplicateAttributeException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.lpodesk.cases.numbering.CaseNumber;
import org.lpodesk.cases.numbering.NumberHolder;

/**
 * Hands out case numbers that are unique under concurrency.
 *
 * <p>Why the attribute service rather than a counter node or the job lock: each number is
 * reserved by creating the attribute {@code (lpodesk.caseNumber, PREFIX-YEAR, sequence)}. Its
 * keys carry a database unique constraint, and the service creates them under a savepoint, so a
 * second transaction that reaches the same key waits for the first to commit and then gets a
 * {@link DuplicateAttributeException} in-transaction and takes the next number; a rolled-back
 * case frees its number with its transaction. A counter node relies on optimistic locking and a
 * whole-transaction retry (the user's upload or form post would be replayed); the job lock
 * serialises every case creation in the cluster behind a lock with a time-to-live. The
 * {@code lpodesk.caseSequence} attribute is only a hint of where to start looking.
 */
public final class CaseNumberAllocator {

    static final String NUMBER_KEY = "lpodesk.caseNumber";
    static final String SEQUENCE_KEY = "lpodesk.caseSequence";
    private static final int MAX_ATTEMPTS = 1000;

    private final AttributeService attributeService;
    private final NumberHolders holders;
    private final String prefix;
    private final ZoneId firmZone;
    private final Clock clock;

    public CaseNumberAllocator(AttributeService attributeService, NumberHolders holders, String prefix,
                               String firmZone) {
        this(attributeService, holders, prefix, ZoneId.of(firmZone), Clock.systemUTC());
    }

    CaseNumberAllocator(AttributeService attributeService, NumberHolders holders, String prefix, ZoneId firmZone,
                        Clock clock) {
        this.attributeService = attributeService;
        this.holders = holders;
        this.prefix = new CaseNumber(prefix, 2000, 1).prefix();
        this.firmZone = firmZone;
        this.clock = clock;
    }

    /** The next free number of the current year, reserved for {@code caseNode}. */
    public CaseNumber allocate(NodeRef caseNode) {
        int year = LocalDate.now(clock.withZone(firmZone)).getYear();
        String counter = CaseNumber.counterKey(prefix, year);
        Serializable hint = attributeService.getAttribute(SEQUENCE_KEY, counter);
        long next = hint instanceof Number n ? n.longValue() + 1 : 1;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++, next++) {
            try {
                attributeService.createAttribute(caseNode.toString(), NUMBER_KEY, counter, next);
            } catch (DuplicateAttributeException taken) {
                continue;
            }
            attributeService.setAttribute(next, SEQUENCE_KEY, counter);
            return new CaseNumber(prefix, year, next);
        }
        throw new IllegalStateException("No free case number found for " + counter + " after " + MAX_ATTEMPTS
                + " attempts from sequence " + (next - MAX_ATTEMPTS));
    }

    /**
     * Reserves a number given by hand (an imported case).
     *
     * @throws IllegalArgumentException naming the number and the case that holds it
     */
    public void reserve(CaseNumber number, NodeRef caseNode) {
        String counter = CaseNumber.counterKey(number.prefix(), number.year());
        try {
            attributeService.createAttribute(caseNode.toString(), NUMBER_KEY, counter, number.sequence());
        } catch (DuplicateAttributeException taken) {
            Serializable reservation = attributeService.getAttribute(NUMBER_KEY, counter, number.sequence());
            if (caseNode.toString().equals(reservation)) {
                return;
            }
            Optional<NumberHolder> holder = holders.of(reservation);
            if (holder.isPresent()) {
                throw new IllegalArgumentException(holder.get().refuseCaseNumber(number.toString()));
            }
            // the holder no longer exists: the number is free
            attributeService.setAttribute(caseNode.toString(), NUMBER_KEY, counter, number.sequence());
        }
    }

    /** Frees the number of a deleted case so that it cannot block an import of the same number. */
    public void release(CaseNumber number, NodeRef caseNode) {
        String counter = CaseNumber.counterKey(number.prefix(), number.year());
        Serializable holder = attributeService.getAttribute(NUMBER_KEY, counter, number.sequence());
        if (caseNode.toString().equals(holder)) {
            attributeService.removeAttribute(NUMBER_KEY, counter, number.sequence());
        }
    }
}
