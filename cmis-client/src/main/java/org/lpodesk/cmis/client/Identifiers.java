package org.lpodesk.cmis.client;

import java.util.List;

import org.lpodesk.identifier.ANumber;
import org.lpodesk.identifier.IdentifierWarning;
import org.lpodesk.identifier.ReceiptNumber;

/**
 * Identifiers as people type them, made ready for the repository with core's parsers: an
 * A-Number of 7 or 8 digits is stored with 9; a receipt number of the right shape but an
 * unknown office prefix is accepted with a warning. Anything else is left as typed for the
 * model's rules to refuse with their message.
 */
public final class Identifiers {

    private Identifiers() {
    }

    public static String aNumber(String typed) {
        if (typed == null || !typed.strip().matches(ANumber.INPUT_PATTERN)) {
            return typed;
        }
        return ANumber.parse(typed).value();
    }

    public static List<String> receiptWarnings(String receipt) {
        if (receipt == null || !receipt.matches(ReceiptNumber.PATTERN)) {
            return List.of();
        }
        return new ReceiptNumber(receipt).warnings().stream().map(IdentifierWarning::message).toList();
    }
}
