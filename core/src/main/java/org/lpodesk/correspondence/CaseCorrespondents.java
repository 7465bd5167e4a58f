package org.lpodesk.correspondence;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may write to a case's address: the client's recorded addresses (the client folder's
 * {@code imm:clientEmail} and {@code imm:clientOtherEmails}), the firm's staff, and the users of
 * LPO vendors, whose mail is never filed as the client's correspondence. Addresses compare
 * without regard to case.
 */
public record CaseCorrespondents(Set<String> clientAddresses, Set<String> firmAddresses,
                                 Set<String> vendorAddresses) {

    public CaseCorrespondents {
        clientAddresses = normalise(clientAddresses);
        firmAddresses = normalise(firmAddresses);
        vendorAddresses = normalise(vendorAddresses);
    }

    static Set<String> normalise(Collection<String> addresses) {
        return addresses.stream().filter(a -> a != null && !a.isBlank())
                .map(a -> a.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
