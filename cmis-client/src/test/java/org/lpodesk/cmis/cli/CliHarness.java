package org.lpodesk.cmis.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.lpodesk.cmis.client.CmisConnection;
import org.lpodesk.cmis.client.ImmigrationCmisClient;

/** Runs the CLI in-process against an endpoint, capturing what it prints. */
final class CliHarness {

    record Result(int code, String out, String err) {
    }

    private final Map<String, String> env = new HashMap<>();
    private final Path home;
    private final Clock clock;
    private CliContext.PasswordPrompt prompt;

    CliHarness(CmisConnection c, Path home, LocalDate today) {
        env.put("LPODESK_CMIS_URL", c.url());
        env.put("LPODESK_CMIS_USER", c.user());
        env.put("LPODESK_CMIS_PASSWORD", new String(c.password()));
        this.home = home;
        this.clock = Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    Map<String, String> env() {
        return env;
    }

    void prompt(CliContext.PasswordPrompt p) {
        this.prompt = p;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = new CliContext(new PrintWriter(out), new PrintWriter(err), Map.copyOf(env), home, prompt,
                clock, ImmigrationCmisClient::connect);
        int code = LpoDeskCmisCli.execute(ctx, args);
        return new Result(code, out.toString(), err.toString());
    }
}
