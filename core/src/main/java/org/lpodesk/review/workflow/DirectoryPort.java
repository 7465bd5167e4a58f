package org.lpodesk.review.workflow;

import java.util.Optional;
import java.util.Set;

/**
 * Port: who is acting and what they belong to. The Alfresco adapter answers from
 * AuthenticationUtil and AuthorityService and converts, at the edge, whatever Alfresco puts in a
 * process variable for a person ({@code ActivitiScriptNode} of a {@code cm:person}, a
 * {@code NodeRef}, or a user name string) into a user name.
 */
public interface DirectoryPort {

    /** The user completing the current task or starting the process. */
    String currentUser();

    /** Every authority (group) the user belongs to, directly or through nested groups. */
    Set<String> authoritiesOf(String userName);

    /**
     * The user name behind a process variable that designates a person.
     *
     * @throws IllegalArgumentException naming the value when it designates no person
     */
    String userName(Object person);

    /** How a person reads this user in a message: the full name, the user name when there is none. */
    default String displayName(String userName) {
        return userName;
    }

    /** How a person reads this group in a message: its display name, the authority when there is none. */
    default String groupDisplayName(String groupAuthority) {
        return groupAuthority;
    }

    default boolean isMember(String userName, String groupAuthority) {
        return authoritiesOf(userName).contains(groupAuthority);
    }

    /**
     * The ISO 3166-1 alpha-2 code of the country a vendor user primarily resides in, if recorded
     * (28 CFR 202.211: an individual primarily resident in a country of concern is a covered
     * person). Empty when none is recorded: the vendor's staff-residence attestation answers then.
     */
    default Optional<String> countryOfResidence(String userName) {
        return Optional.empty();
    }
}
