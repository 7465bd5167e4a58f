package org.lpodesk.alfresco.perm;

import org.lpodesk.deadline.Text;

/** The PERM web scripts' own sentences, from core's deadline bundle where the PERM texts live. */
final class PermMessages {

    private PermMessages() {
    }

    static String format(String key, Object... args) {
        return Text.of(key, args).format();
    }
}
