package org.lpodesk.outsourcing.workflow;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Renders the messages of {@code org/lpodesk/outsourcing/workflow/messages.properties}. */
final class Texts {

    private static final String BUNDLE = "org.lpodesk.outsourcing.workflow.messages";

    private Texts() {
    }

    static String format(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
    }
}
