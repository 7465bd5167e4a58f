package org.lpodesk.cmis.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.lpodesk.cmis.Messages;
import org.lpodesk.cmis.client.CmisConnection;

import picocli.CommandLine.Option;

/**
 * Where to connect: flags first, then the environment ({@code LPODESK_CMIS_URL},
 * {@code LPODESK_CMIS_USER}, {@code LPODESK_CMIS_PASSWORD}, {@code LPODESK_CMIS_REPOSITORY}),
 * then a properties file ({@code --config}, {@code LPODESK_CMIS_CONFIG} or
 * {@code ~/.lpodesk/cmis.properties}: url, user, repository, password-file). The password is
 * never taken from the command line unless asked: {@code --password} prompts for it.
 */
public final class ConnectionOptions {

    static final String ENV_URL = "LPODESK_CMIS_URL";
    static final String ENV_USER = "LPODESK_CMIS_USER";
    static final String ENV_PASSWORD = "LPODESK_CMIS_PASSWORD";
    static final String ENV_REPOSITORY = "LPODESK_CMIS_REPOSITORY";
    static final String ENV_CONFIG = "LPODESK_CMIS_CONFIG";

    @Option(names = "--url", descriptionKey = "option.url")
    String url;

    @Option(names = "--user", descriptionKey = "option.user")
    String user;

    @Option(names = "--repository", descriptionKey = "option.repository")
    String repository;

    @Option(names = "--password", arity = "0..1", interactive = true, descriptionKey = "option.password")
    char[] password;

    @Option(names = "--password-file", descriptionKey = "option.passwordFile")
    Path passwordFile;

    @Option(names = "--config", descriptionKey = "option.config")
    Path config;

    CmisConnection resolve(CliContext ctx) {
        Properties file = configFile(ctx);
        String u = first(url, ctx.env().get(ENV_URL), file.getProperty("url"));
        if (u == null) {
            throw new CliException(Messages.get("cli.noUrl"));
        }
        String who = first(user, ctx.env().get(ENV_USER), file.getProperty("user"));
        if (who == null) {
            throw new CliException(Messages.get("cli.noUser"));
        }
        String repo = first(repository, ctx.env().get(ENV_REPOSITORY), file.getProperty("repository"));
        return new CmisConnection(u.contains("/api/") ? u : CmisConnection.alfrescoUrl(u), who,
                password(ctx, file, who, u), repo);
    }

    private char[] password(CliContext ctx, Properties file, String who, String u) {
        if (password != null && password.length > 0) {
            return password;
        }
        if (passwordFile != null) {
            return readPassword(passwordFile);
        }
        String env = ctx.env().get(ENV_PASSWORD);
        if (env != null) {
            return env.toCharArray();
        }
        if (file.getProperty("password-file") != null) {
            return readPassword(Path.of(file.getProperty("password-file")));
        }
        char[] typed = ctx.prompt() == null ? null : ctx.prompt().ask(Messages.get("cli.passwordPrompt", who, u));
        if (typed == null) {
            throw new CliException(Messages.get("cli.noPassword"));
        }
        return typed;
    }

    private static char[] readPassword(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8).strip().toCharArray();
        } catch (IOException e) {
            throw new CliException(Messages.get("cli.passwordFileUnreadable", path, e.getMessage()));
        }
    }

    private Properties configFile(CliContext ctx) {
        Properties p = new Properties();
        Path path = config;
        if (path == null && ctx.env().get(ENV_CONFIG) != null) {
            path = Path.of(ctx.env().get(ENV_CONFIG));
        }
        if (path == null && ctx.home() != null) {
            Path dflt = ctx.home().resolve(".lpodesk").resolve("cmis.properties");
            path = Files.isRegularFile(dflt) ? dflt : null;
        }
        if (path == null) {
            return p;
        }
        if (!Files.isRegularFile(path)) {
            throw new CliException(Messages.get("cli.configMissing", path));
        }
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (p.getProperty("password") != null) {
            // a password in a config file is too easily shared: point to a file only you can read
            throw new CliException(Messages.get("cli.configHasPassword", path));
        }
        return p;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
