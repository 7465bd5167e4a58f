package org.lpodesk.outsourcing;

import java.util.Objects;
import org.lpodesk.billing.Billing;
import org.lpodesk.billing.ClientCharge;

/**
 * What an engagement sets for one task kind.
 *
 * @param kind                   the task kind
 * @param turnaroundBusinessDays SLA in the vendor's business days, 0 to {@value #MAX_TURNAROUND_DAYS}
 *                               (0: by the end of the business day the request is received)
 * @param billing                flat fee, or hourly against the engagement's package
 * @param clientCharge           billed to the client as a fee, or passed through at actual cost
 * @param carriesClientDocuments whether client documents may be shared for this kind
 */
public record KindTerms(TaskKind kind, int turnaroundBusinessDays, Billing billing, ClientCharge clientCharge,
                        boolean carriesClientDocuments) {

    /** About one working year: anything longer is a typing error, not an SLA. */
    public static final int MAX_TURNAROUND_DAYS = 260;

    public KindTerms {
        if (kind == null) {
            throw new IllegalArgumentException(Messages.format("terms.kind.missing"));
        }
        if (turnaroundBusinessDays < 0 || turnaroundBusinessDays > MAX_TURNAROUND_DAYS) {
            throw new IllegalArgumentException(Messages.format("terms.turnaround.outOfRange", kind.name(),
                    Integer.toString(turnaroundBusinessDays), Integer.toString(MAX_TURNAROUND_DAYS)));
        }
        if (billing == null) {
            throw new IllegalArgumentException(Messages.format("terms.billing.missing", kind.name()));
        }
        if (clientCharge == null) {
            throw new IllegalArgumentException(Messages.format("terms.clientCharge.missing", kind.name()));
        }
    }

    /** Terms whose document flag is the kind's default ({@link TaskKind#carriesClientDocumentsByDefault()}). */
    public static KindTerms of(TaskKind kind, int turnaroundBusinessDays, Billing billing, ClientCharge clientCharge) {
        Objects.requireNonNull(kind, "kind");
        return new KindTerms(kind, turnaroundBusinessDays, billing, clientCharge, kind.carriesClientDocumentsByDefault());
    }
}
