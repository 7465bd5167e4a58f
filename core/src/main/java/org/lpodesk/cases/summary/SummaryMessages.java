package org.lpodesk.cases.summary;

import org.lpodesk.i18n.MessageBundle;

/** Renders texts from {@code org/lpodesk/cases/summary/messages.properties} (English). */
final class SummaryMessages {

    private static final MessageBundle BUNDLE = new MessageBundle("org.lpodesk.cases.summary.messages");

    private SummaryMessages() {
    }

    static String format(String key, Object... arguments) {
        return BUNDLE.format(key, arguments);
    }
}
