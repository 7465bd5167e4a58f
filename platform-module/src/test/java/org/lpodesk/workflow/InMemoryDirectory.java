package org.lpodesk.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.lpodesk.review.workflow.DirectoryPort;

/** Users and groups in memory; the acting user is per thread, as Alfresco's run-as user is. */
public final class InMemoryDirectory implements DirectoryPort {

    private final Map<String, Set<String>> groupsByUser = new ConcurrentHashMap<>();
    private final Map<String, String> residence = new ConcurrentHashMap<>();
    private final ThreadLocal<String> current = new ThreadLocal<>();

    /** Records where a vendor user primarily resides (ISO code). */
    InMemoryDirectory resident(String userName, String country) {
        residence.put(userName, country);
        return this;
    }

    @Override
    public Optional<String> countryOfResidence(String userName) {
        return Optional.ofNullable(residence.get(userName));
    }

    InMemoryDirectory user(String userName, String... groups) {
        groupsByUser.put(userName, Set.of(groups));
        return this;
    }

    public <T> T runAs(String userName, Supplier<T> work) {
        String previous = current.get();
        current.set(userName);
        try {
            return work.get();
        } finally {
            current.set(previous);
        }
    }

    public void runAs(String userName, Runnable work) {
        runAs(userName, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public String currentUser() {
        return current.get();
    }

    @Override
    public Set<String> authoritiesOf(String userName) {
        return groupsByUser.getOrDefault(userName, Set.of());
    }

    /** People are read by name: "asha" is "Asha (asha)" here, as a person node's full name would be. */
    @Override
    public String displayName(String userName) {
        return groupsByUser.containsKey(userName)
                ? Character.toUpperCase(userName.charAt(0)) + userName.substring(1) + " (" + userName + ")" : userName;
    }

    /** Groups by their display name: GROUP_LPO_ACME_MANAGERS is "LPO_ACME_MANAGERS group". */
    @Override
    public String groupDisplayName(String groupAuthority) {
        return groupAuthority.startsWith("GROUP_") ? groupAuthority.substring("GROUP_".length()) + " group" : groupAuthority;
    }

    @Override
    public String userName(Object person) {
        if (person instanceof String name && groupsByUser.containsKey(name)) {
            return name;
        }
        throw new IllegalArgumentException("'" + person + "' designates no known person");
    }
}
