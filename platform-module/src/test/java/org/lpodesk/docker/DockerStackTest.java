package org.lpodesk.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Docker stack (docker/) as {@code mvn -Palfresco package} writes it to target/docker: the
 * compose file parses, every image, tag, port and path comes from the root pom, every container
 * has a health check, data lives in named volumes, and only the repository and Share are
 * published, on 127.0.0.1. Docker itself is not needed: what only a Docker host can show (the
 * images build, the stack starts) is run by {@code ./run.sh build_test}.
 */
class DockerStackTest {

    private static final Set<String> SERVICES =
            Set.of("alfresco", "share", "postgres", "activemq", "transform-core-aio", "solr6");
    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*$");
    private static final Pattern TOMCAT_ARG = Pattern.compile("(?m)^ARG TOMCAT_DIR=(\\S+)\\s*$");
    private static final Pattern COPY_FROM = Pattern.compile("(?m)^COPY\\s+--from=(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*$");

    private static ProjectLayout project;
    private static Map<String, String> pom;
    private static MavenFilter filter;
    private static String rawCompose;
    private static Map<String, Object> compose;

    @BeforeAll
    static void load() {
        project = ProjectLayout.find();
        pom = project.rootProperties();
        filter = new MavenFilter(pom);
        rawCompose = project.read("docker/docker-compose.yml");
        compose = yaml(filter.filter(rawCompose));
    }

    @Test
    void everyPlaceholderInDockerFolderNamesARootPomProperty() throws IOException {
        try (Stream<Path> files = Files.walk(project.resolve("docker"))) {
            List<Path> all = files.filter(Files::isRegularFile).collect(Collectors.toList());
            assertThat(all).isNotEmpty();
            for (Path file : all) {
                assertThat(filter.unresolved(Files.readString(file)))
                        .as("@...@ placeholders in %s that the root pom does not define", project.root().relativize(file))
                        .isEmpty();
            }
        }
    }

    @Test
    void composeFileParsesAndHasTheWholeStack() {
        assertThat(compose.get("name")).isEqualTo("lpodesk");
        assertThat(services().keySet()).containsExactlyInAnyOrderElementsOf(SERVICES);
    }

    @Test
    void thirdPartyImagesAndTagsComeFromThePom() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("postgres", "docker.postgres");
        expected.put("activemq", "docker.activemq");
        expected.put("transform-core-aio", "docker.transform");
        expected.put("solr6", "docker.search");
        Map<String, Object> raw = map(yaml(rawCompose).get("services"));
        expected.forEach((service, prefix) -> {
            assertThat(map(raw.get(service)).get("image"))
                    .as("image of %s in docker/docker-compose.yml", service)
                    .isEqualTo("@" + prefix + ".image@:@" + prefix + ".version@");
            assertThat(service(service).get("image"))
                    .isEqualTo(pom.get(prefix + ".image") + ":" + pom.get(prefix + ".version"));
        });
    }

    @Test
    void builtImagesExtendAlfrescosImagesAtThePomVersions() {
        assertThat(from("docker/platform/Dockerfile"))
                .isEqualTo(pom.get("alfresco.platform.docker.image") + ":" + pom.get("alfresco.platform.docker.version"));
        assertThat(from("docker/share/Dockerfile"))
                .isEqualTo(pom.get("alfresco.share.docker.image") + ":" + pom.get("alfresco.share.docker.version"));
        // the stack runs one ACS release (both images' tags); the build's Share artifact is its API's release
        assertThat(pom.get("alfresco.share.docker.version")).isEqualTo(pom.get("alfresco.platform.docker.version"));
        assertThat(pom.get("alfresco.share.version")).startsWith(pom.get("alfresco.platform.version") + ".");
        assertThat(service("alfresco").get("image")).isEqualTo("lpodesk/repository:" + pom.get("project.version"));
        assertThat(service("share").get("image")).isEqualTo("lpodesk/share:" + pom.get("project.version"));
        assertThat(filter.filter(project.read("docker/platform/Dockerfile")))
                .containsPattern("(?m)^USER " + Pattern.quote(pom.get("alfresco.platform.docker.user")) + "\\s*$");
    }

    @Test
    void imagesInstallTheArtifactsTheModulesBuild() {
        assertExtension("alfresco", "docker/platform/Dockerfile", "platform-module", ".amp",
                pom.get("alfresco.platform.module.id"));
        assertExtension("share", "docker/share/Dockerfile", "share-module", ".jar",
                pom.get("alfresco.share.module.id"));
        // the AMP is what -Palfresco's assembly writes: module id = artifactId, no classifier
        assertThat(project.read("platform-module/src/main/assembly/amp.xml")).contains("<format>amp</format>");
        assertThat(ProjectLayout.childText(project.parse("platform-module/pom.xml").getDocumentElement(), "artifactId"))
                .isEqualTo(pom.get("alfresco.platform.module.id"));
    }

    private void assertExtension(String service, String dockerfile, String module, String extension, String moduleId) {
        Map<String, Object> build = map(service(service).get("build"));
        Path composeDir = project.resolve("target/docker");
        // the build context is the filtered copy of the Dockerfile's folder
        assertThat(composeDir.resolve((String) build.get("context")).normalize())
                .isEqualTo(project.resolve("target/" + dockerfile).getParent());
        Map<String, Object> contexts = map(build.get("additional_contexts"));
        assertThat(contexts).containsOnlyKeys(module);
        assertThat(composeDir.resolve((String) contexts.get(module)).normalize())
                .as("build context %s of %s, seen from target/docker", module, service)
                .isEqualTo(project.resolve(module + "/target"));
        String artifact = project.moduleArtifactId(module) + "-" + pom.get("project.version") + extension;
        assertThat(moduleId).isEqualTo(project.moduleArtifactId(module));
        Matcher copy = COPY_FROM.matcher(filter.filter(project.read(dockerfile)));
        assertThat(copy.find()).as("%s copies from the %s context", dockerfile, module).isTrue();
        assertThat(copy.group(1)).isEqualTo(module);
        assertThat(copy.group(2)).isEqualTo(artifact);
        Matcher arg = TOMCAT_ARG.matcher(filter.filter(project.read(dockerfile)));
        assertThat(arg.find()).as("ARG TOMCAT_DIR in %s", dockerfile).isTrue();
        assertThat(arg.group(1)).isEqualTo(pom.get("docker.tomcat.dir"));
        assertThat(copy.group(3).replace("$TOMCAT_DIR", arg.group(1)))
                .isIn(pom.get("docker.tomcat.dir") + "/amps/", pom.get("docker.tomcat.dir") + "/webapps/share/WEB-INF/lib/");
    }

    @Test
    void onlyRepositoryItsSmtpServerAndShareArePublishedAndOnlyOnTheBindAddress() {
        assertThat(pom.get("docker.bind.address")).isEqualTo("127.0.0.1");
        Map<String, List<String>> published = new LinkedHashMap<>();
        services().forEach((name, def) -> {
            Object ports = map(def).get("ports");
            if (ports != null) {
                published.put(name, strings(ports));
            }
        });
        assertThat(published).containsOnlyKeys("alfresco", "share");
        assertThat(published.get("alfresco")).containsExactly("127.0.0.1:" + pom.get("acs.port") + ":8080",
                "127.0.0.1:" + pom.get("smtp.port") + ":1025");
        assertThat(published.get("share")).containsExactly("127.0.0.1:" + pom.get("share.port") + ":8080");
        assertThat(map(yaml(rawCompose).get("services")).values().stream()
                .map(s -> map(s).get("ports")).filter(p -> p != null).flatMap(p -> strings(p).stream()))
                .allMatch(p -> p.startsWith("@docker.bind.address@:@"));
    }

    @Test
    void everyContainerHasAHealthCheckAndWaitsForHealthyDependencies() {
        services().forEach((name, def) -> {
            Map<String, Object> health = map(map(def).get("healthcheck"));
            assertThat(health).as("healthcheck of %s", name).isNotNull();
            List<String> test = strings(health.get("test"));
            assertThat(test.get(0)).as("healthcheck of %s", name).isIn("CMD", "CMD-SHELL");
            assertThat(test.size()).isGreaterThan(1);
            assertThat(health).containsKeys("interval", "timeout", "retries", "start_period");
            Object dependsOn = map(def).get("depends_on");
            if (dependsOn != null) {
                map(dependsOn).forEach((dep, cond) -> {
                    assertThat(services()).containsKey(dep);
                    assertThat(map(cond).get("condition")).as("%s waits for %s", name, dep).isEqualTo("service_healthy");
                });
            }
        });
        assertThat(map(service("share").get("depends_on"))).containsKey("alfresco");
        assertThat(map(service("alfresco").get("depends_on"))).containsKeys("postgres", "activemq", "transform-core-aio");
    }

    @Test
    void dataLivesInNamedVolumesAtThePathsTheImagesUse() {
        Map<String, Object> declared = map(compose.get("volumes"));
        Set<String> used = new TreeSet<>();
        Map<String, String> mountOf = new LinkedHashMap<>();
        services().forEach((name, def) -> {
            Object volumes = map(def).get("volumes");
            if (volumes == null) {
                return;
            }
            for (String v : strings(volumes)) {
                String[] parts = v.split(":");
                assertThat(parts).as("volume %s of %s", v, name).hasSize(2);
                assertThat(parts[0]).as("%s mounts a named volume, not a host folder", name).doesNotContain("/").doesNotStartWith(".");
                assertThat(declared).as("top-level volumes").containsKey(parts[0]);
                used.add(parts[0]);
                mountOf.put(name + " " + parts[1], parts[0]);
            }
        });
        assertThat(used).isEqualTo(new TreeSet<>(declared.keySet()));
        assertThat(mountOf).containsKeys(
                "alfresco " + pom.get("docker.tomcat.dir") + "/alf_data",
                "postgres /var/lib/postgresql/data",
                "solr6 /opt/alfresco-search-services/data");
    }

    @Test
    void repositorySettingsPointAtTheStacksServicesAndPorts() throws IOException {
        Properties global = new Properties();
        global.load(new StringReader(filter.filter(project.read("docker/platform/alfresco-global.properties"))));
        assertThat(global.getProperty("alfresco.port")).isEqualTo(pom.get("acs.port"));
        assertThat(global.getProperty("share.port")).isEqualTo(pom.get("share.port"));
        assertThat(hostOf(global.getProperty("db.url"), "jdbc:postgresql://([^:/]+)")).isIn(services().keySet()).isEqualTo("postgres");
        assertThat(global.getProperty("solr.host")).isEqualTo("solr6");
        assertThat(hostOf(global.getProperty("messaging.broker.url"), "nio://([^:/]+)")).isEqualTo("activemq");
        assertThat(hostOf(global.getProperty("localTransform.core-aio.url"), "http://([^:/]+)")).isEqualTo("transform-core-aio");
        // no password or secret in the file: they come from the environment through JAVA_OPTS
        assertThat(global.stringPropertyNames()).noneMatch(k -> k.endsWith("password") || k.endsWith("sharedSecret"));
        String repoOpts = (String) map(service("alfresco").get("environment")).get("JAVA_OPTS");
        assertThat(repoOpts).contains("-Ddb.password=${LPODESK_DB_PASSWORD:-", "-Dsolr.sharedSecret=${LPODESK_SOLR_SECRET:-",
                "-Dlpodesk.demo.enabled=${LPODESK_DEMO_ENABLED:-false}");
        Map<String, Object> shareEnv = map(service("share").get("environment"));
        assertThat(shareEnv.get("REPO_HOST")).isEqualTo("alfresco");
        assertThat((String) shareEnv.get("JAVA_OPTS")).contains("-Dalfresco.port=" + pom.get("acs.port"));
        assertThat(shareEnv.get("CSRF_FILTER_ORIGIN")).isEqualTo("http://localhost:" + pom.get("share.port"));
        assertThat((String) shareEnv.get("CSRF_FILTER_REFERER")).startsWith("http://localhost:" + pom.get("share.port") + "/share/");
        assertThat((String) map(service("alfresco").get("environment")).get("JAVA_TOOL_OPTIONS"))
                .contains("-Dencryption.keystore.location=" + pom.get("docker.tomcat.dir") + "/shared/classes/");
    }

    @Test
    void usersGetTheRepositoryStageAndBuildTestAddsTheInContainerTests() {
        assertThat(stages("docker/platform/Dockerfile")).containsExactly(
                Map.entry("repository", pom.get("alfresco.platform.docker.image") + ":" + pom.get("alfresco.platform.docker.version")),
                Map.entry("repository-with-tests", "repository"));
        assertThat(map(service("alfresco").get("build")).get("target")).isEqualTo("repository");

        Map<String, Object> overlay = map(map(yaml(filter.filter(project.read("docker/docker-compose.it.yml")))
                .get("services")).get("alfresco"));
        assertThat(map(yaml(project.read("docker/docker-compose.it.yml")).get("services"))).containsOnlyKeys("alfresco");
        assertThat(overlay.get("image")).isEqualTo("lpodesk/repository-with-tests:" + pom.get("project.version"));
        Map<String, Object> build = map(overlay.get("build"));
        assertThat(build.get("target")).isEqualTo("repository-with-tests");
        Map<String, Object> contexts = map(build.get("additional_contexts"));
        assertThat(contexts).containsOnlyKeys("integration-tests");
        assertThat(project.resolve("target/docker").resolve((String) contexts.get("integration-tests")).normalize())
                .isEqualTo(project.resolve("integration-tests/target"));

        // what the stage copies is what the integration-tests module packages
        String dockerfile = filter.filter(project.read("docker/platform/Dockerfile"));
        String testJar = project.moduleArtifactId("integration-tests") + "-" + pom.get("project.version") + "-tests.jar";
        assertThat(dockerfile).contains("COPY --from=integration-tests " + testJar + " $TOMCAT_DIR/webapps/alfresco/WEB-INF/lib/");
        assertThat(dockerfile).contains("COPY --from=integration-tests it-extensions/ $TOMCAT_DIR/webapps/alfresco/WEB-INF/lib/");
        String itPom = project.read("integration-tests/pom.xml");
        assertThat(itPom).contains("<goal>test-jar</goal>")
                .contains("<outputDirectory>${project.build.directory}/it-extensions</outputDirectory>")
                .contains("<includeArtifactIds>alfresco-rad,junit,");
    }

    @Test
    void integrationTestsModuleIsBuiltOnlyInTheAlfrescoProfile() {
        Element project0 = project.rootPom().getDocumentElement();
        assertThat(modules(ProjectLayout.child(project0, "modules"))).doesNotContain("integration-tests")
                .contains("core", "platform-module", "share-module");
        assertThat(modules(ProjectLayout.child(alfrescoProfile(), "modules"))).containsExactly("integration-tests");
    }

    private static List<String> modules(Element modules) {
        List<String> names = new ArrayList<>();
        NodeList list = modules.getElementsByTagName("module");
        for (int i = 0; i < list.getLength(); i++) {
            names.add(list.item(i).getTextContent().trim());
        }
        return names;
    }

    @Test
    void alfrescoProfileFiltersDockerFolderIntoTargetDocker() {
        Element profile = alfrescoProfile();
        NodeList executions = profile.getElementsByTagName("execution");
        Element copy = null;
        for (int i = 0; i < executions.getLength(); i++) {
            Element e = (Element) executions.item(i);
            if (ProjectLayout.childText(e, "id").equals("copy-and-filter-docker-resources")) {
                copy = e;
            }
        }
        assertThat(copy).as("execution copy-and-filter-docker-resources in the root pom's alfresco profile").isNotNull();
        Element config = ProjectLayout.child(copy, "configuration");
        assertThat(ProjectLayout.childText(config, "outputDirectory")).isEqualTo("${project.build.directory}/docker");
        assertThat(ProjectLayout.childText(config, "useDefaultDelimiters")).isEqualTo("false");
        assertThat(ProjectLayout.childText(ProjectLayout.child(config, "delimiters"), "delimiter")).isEqualTo("@");
        Element resource = ProjectLayout.child(ProjectLayout.child(config, "resources"), "resource");
        assertThat(ProjectLayout.childText(resource, "directory")).isEqualTo("docker");
        assertThat(ProjectLayout.childText(resource, "filtering")).isEqualTo("true");
    }

    private static Element alfrescoProfile() {
        NodeList profiles = project.rootPom().getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element p = (Element) profiles.item(i);
            if (ProjectLayout.childText(p, "id").equals("alfresco")) {
                return p;
            }
        }
        throw new AssertionError("the root pom has no alfresco profile");
    }

    private static String hostOf(String value, String regex) {
        assertThat(value).isNotNull();
        Matcher m = Pattern.compile(regex).matcher(value);
        assertThat(m.find()).as("%s in %s", regex, value).isTrue();
        return m.group(1);
    }

    /** The image the first stage of a Dockerfile starts from. */
    private static String from(String dockerfile) {
        Matcher m = FROM.matcher(filter.filter(project.read(dockerfile)));
        assertThat(m.find()).as("FROM in %s", dockerfile).isTrue();
        return m.group(1);
    }

    /** stage name -> what it starts from, in order. */
    private static Map<String, String> stages(String dockerfile) {
        Map<String, String> stages = new LinkedHashMap<>();
        Matcher m = FROM.matcher(filter.filter(project.read(dockerfile)));
        while (m.find()) {
            stages.put(m.group(2) == null ? "" : m.group(2), m.group(1));
        }
        return stages;
    }

    private static Map<String, Object> services() {
        return map(compose.get("services"));
    }

    private static Map<String, Object> service(String name) {
        Map<String, Object> s = map(services().get(name));
        assertThat(s).as("service %s", name).isNotNull();
        return s;
    }

    static Map<String, Object> yaml(String text) {
        Yaml parser = new Yaml(new SafeConstructor(new LoaderOptions()));
        return map(parser.load(text));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        for (Object item : (List<?>) o) {
            out.add(String.valueOf(item));
        }
        return out;
    }
}
