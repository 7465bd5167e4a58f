package org.lpodesk.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The demo users' passwords, from the environment only: each user's own variable
 * ({@link DemoUser#passwordEnv()}), or {@value #SHARED_VARIABLE} for every user whose own is not
 * set. There is no default: a demo that cannot find every password creates no user at all.
 */
public final class DemoPasswords {

    public static final String SHARED_VARIABLE = "LPODESK_DEMO_PASSWORD";
    public static final int MIN_LENGTH = 12;

    private DemoPasswords() {
    }

    /**
     * @param environment {@code System::getenv} in the repository, a map's {@code get} in tests
     * @return user name to password, for every demo user
     * @throws InvalidDemoDataException naming every variable that is missing, or the first
     *                                  password that is too short or contains its user name
     */
    public static Map<String, String> resolve(List<DemoUser> users, UnaryOperator<String> environment) {
        String shared = blankToNull(environment.apply(SHARED_VARIABLE));
        List<String> missing = new ArrayList<>();
        Map<String, String> passwords = new LinkedHashMap<>();
        for (DemoUser u : users) {
            String own = blankToNull(environment.apply(u.passwordEnv()));
            String password = own != null ? own : shared;
            if (password == null) {
                missing.add(u.passwordEnv());
                continue;
            }
            String from = own != null ? u.passwordEnv() : SHARED_VARIABLE;
            if (password.length() < MIN_LENGTH) {
                throw new InvalidDemoDataException(from, Messages.format("password.tooShort", u.userName(), MIN_LENGTH));
            }
            if (password.toLowerCase(Locale.ROOT).contains(u.userName().toLowerCase(Locale.ROOT))) {
                throw new InvalidDemoDataException(from, Messages.format("password.containsUserName", u.userName()));
            }
            passwords.put(u.userName(), password);
        }
        if (!missing.isEmpty()) {
            throw new InvalidDemoDataException("environment",
                    Messages.format("password.missing", String.join(", ", missing), SHARED_VARIABLE));
        }
        return passwords;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
