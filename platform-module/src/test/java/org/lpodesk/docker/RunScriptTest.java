package org.lpodesk.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * run.sh and run.bat: the SDK's verbs, each implemented in both scripts and documented in
 * README.md; the ports, module id and compose path they use agree with the root pom; run.sh is
 * valid bash (and clean under shellcheck where it is installed).
 */
class RunScriptTest {

    /** The SDK's verbs that LPO Desk keeps (issue 7). */
    static final Set<String> VERBS = Set.of("build_start", "start", "stop", "purge", "tail", "reload_share",
            "reload_acs", "build_test");

    private static final Pattern CASE_LABEL = Pattern.compile("(?m)^ {4}([a-z_]+)\\)\\s*$");
    private static final Pattern BAT_DISPATCH = Pattern.compile("(?m)^IF \"%~1\"==\"([a-z_]+)\" GOTO (\\S+)\\s*$");

    private static ProjectLayout project;
    private static Map<String, String> pom;
    private static String runSh;
    private static String runBat;

    @BeforeAll
    static void load() {
        project = ProjectLayout.find();
        pom = project.rootProperties();
        runSh = project.read("run.sh");
        runBat = project.read("run.bat");
    }

    @Test
    void runShImplementsExactlyTheVerbsAndItsUsageNamesThem() {
        assertThat(labels(CASE_LABEL, runSh)).containsExactlyInAnyOrderElementsOf(VERBS);
        Matcher usage = Pattern.compile("Usage: \\$0 \\{([a-z_|]+)}").matcher(runSh);
        assertThat(usage.find()).isTrue();
        assertThat(usage.group(1).split("\\|")).containsExactlyInAnyOrderElementsOf(VERBS);
    }

    @Test
    void runBatImplementsEveryVerbOfRunSh() {
        Matcher m = BAT_DISPATCH.matcher(runBat);
        Set<String> verbs = new TreeSet<>();
        while (m.find()) {
            verbs.add(m.group(1));
            assertThat(runBat).as("label for %s in run.bat", m.group(1)).containsPattern("(?m)^:" + Pattern.quote(m.group(2)) + "\\s*$");
        }
        assertThat(verbs).containsExactlyInAnyOrderElementsOf(VERBS);
        assertThat(runBat).as("run.bat keeps Windows line ends").contains("\r\n").doesNotContain("\n\n\n");
    }

    @Test
    void everyVerbIsDocumentedInReadme() {
        String readme = project.read("README.md");
        for (String verb : VERBS) {
            assertThat(readme).as("README.md documents ./run.sh %s", verb).contains("./run.sh " + verb);
        }
    }

    @Test
    void scriptsUseThePomsPortsModuleAndComposePath() {
        for (String script : List.of(runSh, runBat.replace("\r\n", "\n"))) {
            assertThat(assigned(script, "ACS_PORT")).isEqualTo(pom.get("acs.port"));
            assertThat(assigned(script, "SHARE_PORT")).isEqualTo(pom.get("share.port"));
            assertThat(assigned(script, "PLATFORM_MODULE_ID")).isEqualTo(pom.get("alfresco.platform.module.id"));
            assertThat(assigned(script, "PROJECT_NAME"))
                    .isEqualTo(DockerStackTest.yaml(project.read("docker/docker-compose.yml")).get("name"));
            assertThat(assigned(script, "ALFRESCO_REPO_URL"))
                    .isEqualTo("https://artifacts.alfresco.com/nexus/content/groups/public/");
        }
        // the root pom's alfresco profile writes the filtered compose file to target/docker
        assertThat(assigned(runSh, "COMPOSE_FILE_PATH")).isEqualTo("$PWD/target/docker/docker-compose.yml");
        assertThat(assigned(runBat.replace("\r\n", "\n"), "COMPOSE_FILE_PATH")).isEqualTo("%CD%\\target\\docker\\docker-compose.yml");
        assertThat(assigned(runSh, "COMPOSE_IT_FILE_PATH")).isEqualTo("$PWD/target/docker/docker-compose.it.yml");
        assertThat(assigned(runBat.replace("\r\n", "\n"), "COMPOSE_IT_FILE_PATH"))
                .isEqualTo("%CD%\\target\\docker\\docker-compose.it.yml");
        // build_test runs in a stack of its own, never in the user's
        assertThat(assigned(runSh, "TEST_PROJECT_NAME")).isEqualTo(assigned(runBat.replace("\r\n", "\n"), "TEST_PROJECT_NAME"))
                .isNotEqualTo(assigned(runSh, "PROJECT_NAME"));
        assertThat(runSh).contains("-pl integration-tests");
        assertThat(runBat).contains("-pl integration-tests");
        assertThat(runSh).contains("-Palfresco package");
        assertThat(runBat).contains("-Palfresco package");
    }

    @Test
    void demoPasswordVariablesAgreeAcrossScriptsAndCompose() {
        Set<String> sh = words(assigned(runSh, "DEMO_PASSWORD_VARS"));
        Set<String> bat = words(assigned(runBat.replace("\r\n", "\n"), "DEMO_PASSWORD_VARS"));
        Map<String, Object> env = DockerStackTest.map(DockerStackTest.map(DockerStackTest.map(
                DockerStackTest.yaml(project.read("docker/docker-compose.yml")).get("services")).get("alfresco")).get("environment"));
        Set<String> compose = env.keySet().stream().filter(k -> k.matches("LPODESK_DEMO_[A-Z_]+_PASSWORD"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(sh).isNotEmpty().isEqualTo(bat).isEqualTo(compose).isEqualTo(demoDataPasswordVariables());
        assertThat(env).containsKey("LPODESK_DEMO_PASSWORD");
        // passed through from the host, never a committed value
        env.forEach((k, v) -> {
            if (k.startsWith("LPODESK_DEMO_")) {
                assertThat(v).isEqualTo("${" + k + ":-}");
            }
        });
    }

    /** The passwordEnv of every user in the demo data the platform module ships. */
    private static Set<String> demoDataPasswordVariables() {
        Object users = DockerStackTest.yaml(project.read(
                "platform-module/src/main/resources/alfresco/module/lpodesk-platform/bootstrap/demo/demo-data.json")).get("users");
        Set<String> vars = new TreeSet<>();
        for (Object u : (List<?>) users) {
            vars.add((String) DockerStackTest.map(u).get("passwordEnv"));
        }
        return vars;
    }

    @Test
    void runShIsValidBash() throws IOException, InterruptedException {
        assumeTrue(onPath("bash"), "bash is not installed");
        Result r = run("bash", "-n", project.resolve("run.sh").toString());
        assertThat(r.exit).as("bash -n run.sh: %s", r.output).isZero();
    }

    @Test
    void runShPassesShellcheck() throws IOException, InterruptedException {
        assumeTrue(onPath("shellcheck"), "shellcheck is not installed");
        Result r = run("shellcheck", project.resolve("run.sh").toString());
        assertThat(r.exit).as("shellcheck run.sh:%n%s", r.output).isZero();
    }

    @Test
    void runShRefusesAnUnknownVerbWithItsUsage() throws IOException, InterruptedException {
        assumeTrue(onPath("bash"), "bash is not installed");
        Result r = run("bash", project.resolve("run.sh").toString(), "bulid_start");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.output).contains("Usage:").contains("build_start|");
    }

    /** The value of {@code readonly NAME=value} (run.sh) or {@code SET "NAME=value"} (run.bat), unquoted. */
    private static String assigned(String script, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*(readonly |SET \")?" + name + "=(.*)$").matcher(script);
        assertThat(m.find()).as("%s is assigned", name).isTrue();
        String value = m.group(2).strip();
        if (m.group(1) != null && m.group(1).startsWith("SET") && value.endsWith("\"")) {
            value = value.substring(0, value.length() - 1);
        }
        if (value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static Set<String> words(String s) {
        return new TreeSet<>(Arrays.asList(s.trim().split("\\s+")));
    }

    private static Set<String> labels(Pattern p, String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(Arrays.asList(command));
        Process p = new ProcessBuilder(cmd).directory(project.root().toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
