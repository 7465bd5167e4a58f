package org.lpodesk.demo;

/**
 * One demo user. The password is not here: {@code passwordEnv} names the environment variable
 * that holds it (see {@link DemoPasswords}).
 */
public record DemoUser(String userName, String firstName, String lastName, String email, DemoRole role,
                       String passwordEnv) {
}
