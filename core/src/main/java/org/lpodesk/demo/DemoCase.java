package org.lpodesk.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lpodesk.cases.Beneficiary;
import org.lpodesk.cases.CaseStatus;
import org.lpodesk.cases.CaseType;
import org.lpodesk.cases.Petitioner;
import org.lpodesk.perm.PermRecord;
import org.lpodesk.identifier.ReceiptNumber;

/**
 * A case folder ({@code imm:case}) of a demo client.
 *
 * @param id                  names the case within the demo data
 * @param clientId            the {@link DemoClient#id()} it belongs to
 * @param responsibleAttorney user name of a {@link DemoRole#FIRM_ATTORNEY}
 * @param recruitment         PERM recruitment steps run so far; empty for other types
 */
public record DemoCase(String id, String clientId, CaseType type, CaseStatus status, Optional<Petitioner> petitioner,
                       Beneficiary beneficiary, Optional<ReceiptNumber> receiptNumber, String responsibleAttorney,
                       LocalDate openedOn, Optional<DemoConsent> consent, List<DemoNotice> notices,
                       List<PermRecord.Step> recruitment) {

    public DemoCase {
        notices = List.copyOf(notices);
        recruitment = List.copyOf(recruitment);
    }
}
