package org.lpodesk.cases.template;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The standard sub-folders of every case folder, in display order. Folder names are user-visible
 * and come from the bundle in the firm's locale; the keys are stable.
 */
public enum CaseFolderTemplate {
    CLIENT_DOCUMENTS, EVIDENCE, FORMS, DRAFTS, USCIS_NOTICES, CORRESPONDENCE, FILED;

    public static List<CaseFolderTemplate> folders() {
        return List.of(values());
    }

    /** The standard folder a case sub-folder of this name is, in the locale the folders were named in. */
    public static Optional<CaseFolderTemplate> named(String name, Locale locale) {
        for (CaseFolderTemplate folder : values()) {
            if (folder.folderName(locale).equals(name)) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }

    /**
     * The standard folder a case sub-folder is, by the name the repository gave it: it names them
     * in its default locale when it creates a case (CaseFolderBehaviour).
     */
    public static Optional<CaseFolderTemplate> asNamedByRepository(String name) {
        return name == null ? Optional.empty() : named(name, Locale.getDefault());
    }

    public String folderName(Locale locale) {
        return ResourceBundle.getBundle("org.lpodesk.cases.template.messages", locale)
                .getString("folder." + name() + ".name");
    }
}
