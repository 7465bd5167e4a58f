package org.lpodesk.review;

import java.util.Objects;
import java.util.Set;

/**
 * The person recording a review, with every authority (group) they belong to, directly or
 * through nested groups, as the repository resolves them (e.g. {@code GROUP_IMM_ATTORNEYS}).
 */
public record Reviewer(String userName, Set<String> authorities) {

    public Reviewer {
        userName = Texts.requireNonBlank(userName, "blank.reviewer");
        authorities = Set.copyOf(Objects.requireNonNull(authorities, "reviewer authorities must not be null"));
    }

    public boolean belongsTo(String authority) {
        return authorities.contains(authority);
    }
}
