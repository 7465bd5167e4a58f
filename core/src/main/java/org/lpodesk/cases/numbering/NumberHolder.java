package org.lpodesk.cases.numbering;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The case that holds a case number or a receipt number another case asks for, and the refusal
 * to give to the asker.
 *
 * @param caseNumber the holder's case number, or its node reference where it has none
 */
public record NumberHolder(String caseNumber) {

    /** Refusal of a case number held by this case. */
    public String refuseCaseNumber(String number) {
        return message("registry.caseNumberTaken", number, caseNumber);
    }

    /** Refusal of a receipt number held by this case. */
    public String refuseReceiptNumber(String number) {
        return message("registry.receiptNumberTaken", number, caseNumber);
    }

    private static String message(String key, Object... values) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.lpodesk.cases.numbering.messages", Locale.ROOT);
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(values);
    }
}
