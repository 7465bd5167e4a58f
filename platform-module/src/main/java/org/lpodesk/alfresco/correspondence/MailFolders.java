package org.lpodesk.alfresco.correspondence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.lpodesk.cases.template.CaseFolderTemplate;
import org.springframework.extensions.surf.util.I18NUtil;

/**
 * The names of a case's mail folders, as the repository names them (its default locale, like the
 * case's other sub-folders), and the text lists the mail properties hold.
 */
final class MailFolders {

    private MailFolders() {
    }

    static String correspondence() {
        return CaseFolderTemplate.CORRESPONDENCE.folderName(Locale.getDefault());
    }

    static String quarantine() {
        return I18NUtil.getMessage("lpodesk.mail.quarantineFolder", Locale.getDefault());
    }

    /** A single or multiple text property as a list (empty for none). */
    static List<String> texts(Serializable value) {
        List<String> result = new ArrayList<>();
        if (value instanceof Collection<?> values) {
            values.forEach(v -> result.add(String.valueOf(v)));
        } else if (value != null && !value.toString().isBlank()) {
            result.add(value.toString());
        }
        return result;
    }
}
