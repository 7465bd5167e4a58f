package org.lpodesk.review;

import java.util.Objects;
import java.util.Set;

/**
 * One content version of a work-product document under review.
 *
 * @param documentRef  how the caller names the document (a node reference, a path, a name);
 *                     used only in messages
 * @param versionLabel the content version label under review, e.g. {@code 1.2}; the repository
 *                     keeps documents under review versionable so there always is one
 * @param drafters     user names of everyone who authored this content (creator, modifiers,
 *                     the assigned associate); none of them may approve it
 */
public record DocumentVersion(String documentRef, String versionLabel, Set<String> drafters) {

    public DocumentVersion {
        documentRef = Texts.requireNonBlank(documentRef, "blank.documentRef");
        versionLabel = Texts.requireNonBlank(versionLabel, "blank.versionLabel", documentRef);
        drafters = Set.copyOf(Objects.requireNonNull(drafters, "drafters must not be null"));
    }

    /** User names compare case-insensitively, as Alfresco's do by default. */
    public boolean draftedBy(String userName) {
        return drafters.stream().anyMatch(d -> d.equalsIgnoreCase(userName));
    }
}
