package org.lpodesk.review.workflow;

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

    default boolean isMember(String userName, String groupAuthority) {
        return authoritiesOf(userName).contains(groupAuthority);
    }
}
