package org.lpodesk.cmis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

import org.lpodesk.cmis.client.CmisConnection;
import org.lpodesk.cmis.client.ImmigrationCmisClient;

/**
 * What the commands get from outside: where to print, the environment, the user's home (for
 * the default config file), a console for the password prompt, the clock and how to connect.
 */
public record CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Path home,
        PasswordPrompt prompt, Clock clock, Function<CmisConnection, ImmigrationCmisClient> connector) {

    /** Asks for a password without echo; null when there is no console. */
    public interface PasswordPrompt {
        char[] ask(String prompt);
    }
}
