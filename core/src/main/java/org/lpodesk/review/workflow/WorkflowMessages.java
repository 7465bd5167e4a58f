package org.lpodesk.review.workflow;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Renders the workflow messages of {@code org/lpodesk/review/workflow/messages.properties}. */
final class WorkflowMessages {

    private static final String BUNDLE = "org.lpodesk.review.workflow.messages";

    private WorkflowMessages() {
    }

    static String format(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
    }
}
