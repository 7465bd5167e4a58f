package org.lpodesk.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;

/**
 * Each dashlet as Surf runs it: its controller (with the shared library) in Rhino against sample
 * repository JSON, then its template in FreeMarker with the controller's model. Surf's objects
 * are stood in for: remote (answers from the samples, and records every call), msg (the web
 * script's bundle, then the global one), user, args, instance; Surf's directives <@markup> and
 * <@uniqueIdDiv> render their body, <@link>, <@script> and <@createWidgets> render nothing.
 * The clock is fixed at 2026-11-27 12:00 UTC. Rendered pages go to target/share-checks/.
 */
class DashletRenderingTest {

    private static final long NOW = Instant.parse("2026-11-27T12:00:00Z").toEpochMilli();

    /** Answers repository GETs from sample files; unknown paths get a 404 and are recorded. */
    public static final class Responder {
        private final Map<String, String> samples;
        private final Map<String, Integer> codes = new LinkedHashMap<>();
        private final List<String> calls = new ArrayList<>();

        Responder(Map<String, String> samples) {
            this.samples = samples;
        }

        Responder fail(String path, int code) {
            codes.put(path, code);
            return this;
        }

        public int code(String path) {
            calls.add(path);
            if (codes.containsKey(path)) {
                return codes.get(path);
            }
            return samples.containsKey(path) ? 200 : 404;
        }

        public String body(String path) {
            String sample = samples.get(path);
            return sample == null ? "{}" : sample(sample);
        }

        List<String> calls() {
            return calls;
        }
    }

    /** Surf's msg: the web script's own bundle first, then the global one. */
    public static final class Messages {
        private final Map<String, String> own;
        private final Map<String, String> global = Bundles.load(ShareModule.GLOBAL_BUNDLE);

        Messages(Path bundle) {
            this.own = Bundles.load(bundle);
        }

        public String get(String key, Object params) {
            Object args = Rhino.toJava(params);
            List<?> list = args instanceof List<?> l ? l : List.of();
            return format(key, list.toArray());
        }

        String json() {
            StringBuilder out = new StringBuilder("{");
            own.forEach((key, value) -> out.append(out.length() > 1 ? "," : "").append(quote(key)).append(':').append(quote(value)));
            return out.append('}').toString();
        }

        private static String quote(String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c > 0x7e) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }

        String format(String key, Object... args) {
            String pattern = own.containsKey(key) ? own.get(key) : global.getOrDefault(key, key);
            Object[] text = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                text[i] = args[i] instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(args[i]);
            }
            return Bundles.format(pattern, text);
        }
    }

    static String sample(String name) {
        try {
            Path file = Paths.get(DashletRenderingTest.class.getResource("samples/" + name).toURI());
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String SURF_STUBS = String.join("\n",
            "(function() {",
            "  var Real = Date;",
            "  function FixedDate(a, b, c, d, e, f, g) {",
            "    if (!(this instanceof FixedDate)) { return new Real(__now).toString(); }",
            "    if (arguments.length === 0) { return new Real(__now); }",
            "    if (arguments.length === 1) { return new Real(a); }",
            "    return new Real(a, b, c === undefined ? 1 : c, d || 0, e || 0, f || 0, g || 0);",
            "  }",
            "  FixedDate.UTC = Real.UTC; FixedDate.parse = Real.parse;",
            "  FixedDate.now = function() { return __now; }; FixedDate.prototype = Real.prototype;",
            "  Date = FixedDate;",
            "})();",
            "var remote = { connect: function(endpoint) { return { get: function(path) {",
            "  return { status: { code: __responder.code(path) }, response: String(__responder.body(path)) }; },",
            "  post: function(path, body, type) { var key = 'POST ' + path;",
            "  return { status: { code: __responder.code(key) }, response: String(__responder.body(key)) }; } }; } };",
            "var jsonUtils = { toJSONString: function(o) { return JSON.stringify(o); } };",
            "var msg = { get: function(key, params) { return String(__messages.get(key, params || [])); } };",
            "var args = { htmlid: 'dashlet-1' };",
            "var instance = { object: { id: 'page.component-1-1.user~pat~dashboard' } };",
            "var model = {};");

    /** Runs the dashlet's controller and renders its template; returns the HTML. */
    static String render(String dashlet, String userName, Responder responder) throws IOException, TemplateException {
        return render("org/lpodesk/components/dashlets", dashlet, userName, responder, "");
    }

    /**
     * Runs a Share component's controller and renders its template; returns the HTML.
     *
     * @param dir        the component's folder under site-webscripts
     * @param extraStubs script run before the controller (e.g. Surf's page object of a page component)
     */
    @SuppressWarnings("unchecked")
    static String render(String dir, String dashlet, String userName, Responder responder, String extraStubs)
            throws IOException, TemplateException {
        Path folder = ShareModule.SITE_WEBSCRIPTS.resolve(dir);
        Messages messages = new Messages(folder.resolve(dashlet + ".get.properties"));
        Map<String, Object> model;
        try (Rhino rhino = new Rhino()) {
            rhino.put("__now", (double) NOW);
            rhino.put("__responder", responder);
            rhino.put("__messages", messages);
            rhino.eval(SURF_STUBS, "surf-stubs");
            rhino.eval("var user = { name: '" + userName + "' };", "user");
            rhino.eval(extraStubs, "component-stubs");
            rhino.run(folder.resolve(dashlet + ".get.js"));
            model = (Map<String, Object>) Rhino.toJava(rhino.get("model"));
        }
        Configuration cfg = FreeMarkerTemplatesTest.configuration();
        // Share's own templates the components include (its form dependency lists) render nothing here
        freemarker.cache.StringTemplateLoader share = new freemarker.cache.StringTemplateLoader();
        share.putTemplate("org/alfresco/components/form/form.css.ftl", "");
        share.putTemplate("org/alfresco/components/form/form.js.ftl", "");
        cfg.setTemplateLoader(new freemarker.cache.MultiTemplateLoader(new freemarker.cache.TemplateLoader[] {
                new FileTemplateLoader(ShareModule.SITE_WEBSCRIPTS.toFile()), share}));
        // as Surf's template processor does
        cfg.setOutputEncoding("UTF-8");
        Map<String, Object> root = new LinkedHashMap<>(model);
        root.put("url", Map.of("context", "/share"));
        root.put("args", Map.of("htmlid", "dashlet-1"));
        // Surf's ${messages}: the web script's own bundle as a JavaScript object, for setMessages()
        root.put("messages", messages.json());
        root.put("msg", (TemplateMethodModelEx) arguments -> {
            List<Object> values = new ArrayList<>();
            for (Object a : arguments.subList(1, arguments.size())) {
                values.add(plain((TemplateModel) a));
            }
            return new SimpleScalar(messages.format(plain((TemplateModel) arguments.get(0)).toString(), values.toArray()));
        });
        TemplateDirectiveModel body = (env, params, loopVars, nested) -> {
            if (nested != null) {
                nested.render(env.getOut());
            }
        };
        TemplateDirectiveModel nothing = (Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody nested) -> {
        };
        root.put("markup", body);
        root.put("uniqueIdDiv", body);
        root.put("link", nothing);
        root.put("script", nothing);
        root.put("createWidgets", nothing);
        Template template = cfg.getTemplate(dir + "/" + dashlet + ".get.html.ftl");
        StringWriter out = new StringWriter();
        template.process(root, out);
        String html = out.toString();
        writePage(dashlet + "-" + userName, html);
        return html;
    }

    /** A page around the dashlet with the module's CSS and Share's dashlet frame, to look at in a browser. */
    private static void writePage(String name, String fragment) throws IOException {
        Path css = ShareModule.CLIENT_RESOURCES.resolve("lpodesk-share/components/dashlets/lpodesk-dashlets.css").toAbsolutePath();
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + name + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + css.toUri() + "\">"
                + "<style>body{font-family:'Open Sans',Arial,sans-serif;font-size:13px;background:#f4f4f4;margin:16px;}"
                + ".dashlet{background:#fff;border:1px solid #ccc;border-radius:3px;width:720px;}"
                + ".dashlet .title{font-size:15px;font-weight:bold;padding:8px 10px;border-bottom:1px solid #ddd;}"
                + ".dashlet .body{padding:4px;}</style></head><body>" + fragment + "</body></html>";
        Path dir = Paths.get("target/share-checks");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("dashlet-" + name + ".html"), page, StandardCharsets.UTF_8);
    }

    private static Object plain(TemplateModel model) throws TemplateModelException {
        if (model instanceof TemplateNumberModel n) {
            Number number = n.getAsNumber();
            return number.doubleValue() == Math.rint(number.doubleValue()) ? (Object) number.longValue() : (Object) number;
        }
        if (model instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        return String.valueOf(model);
    }

    @Test
    void caseDeadlinesListOverdueFirstWithTheRuleOfEachDate() throws Exception {
        Responder repo = new Responder(Map.of("/lpodesk/deadlines?days=30", "deadlines.json"));
        String html = render("case-deadlines", "pat", repo);
        assertThat(repo.calls()).containsExactly("/lpodesk/deadlines?days=30");
        int overdue = html.indexOf("LPO-2026-0003");
        int today = html.indexOf("LPO-2026-0011");
        int later = html.indexOf("LPO-2026-0007");
        assertThat(overdue).isPositive().isLessThan(today);
        assertThat(today).isLessThan(later);
        assertThat(html).contains("3 day(s) overdue", "Due today", "In 24 day(s)")
                .contains("NOID: 30 days + 3 days for mailing")
                .contains("class=\"lpodesk-overdue\"")
                .contains("href=\"/share/page/lpodesk-case?nodeRef=workspace%3A%2F%2FSpacesStore%2Fcase-2\"")
                .contains("Ana &lt;Silva&gt;")
                .doesNotContain("Ana <Silva>");
        // a US firm reads its calendar dates month first, not in ISO form
        assertThat(html).contains("12/21/2026", "11/24/2026", "11/27/2026").doesNotContain("2026-12-21");
    }

    @Test
    void permWindowsClosingListTheNextPermClockOfEachCaseNearestFirst() throws Exception {
        Responder repo = new Responder(Map.of("/lpodesk/perm/closing?days=30", "perm-closing.json"));
        String html = render("perm-windows-closing", "pat", repo);
        assertThat(repo.calls()).containsExactly("/lpodesk/perm/closing?days=30");
        assertThat(html.indexOf("IMM-2026-00029")).isPositive().isLessThan(html.indexOf("IMM-2026-00031"));
        assertThat(html).contains("PERM windows closing", "In 3 day(s)", "In 17 day(s)", "PERM audit response due",
                        "2 PERM rule(s) broken", "Closes", "Findings", "class=\"lpodesk-due-soon\"",
                        "href=\"/share/page/lpodesk-case?nodeRef=workspace%3A%2F%2FSpacesStore%2Fperm-2\"", "Wei &lt;Chen&gt;")
                .doesNotContain("Wei <Chen>", "undefined");
        assertThat(render("perm-windows-closing", "pat", new Responder(Map.of()).fail("/lpodesk/perm/closing?days=30", 500)))
                .contains("PERM clocks are unavailable right now (repository status 500).");
    }

    @Test
    void uscisStatusChangesShowEachChangeNewestFirstWithWhatItAsksFor() throws Exception {
        Responder repo = new Responder(Map.of("/lpodesk/uscis/changes?days=7", "uscis-changes.json"));
        String html = render("uscis-status-changes", "pat", repo);
        assertThat(repo.calls()).containsExactly("/lpodesk/uscis/changes?days=7");
        assertThat(html.indexOf("IMM-2026-00014")).isPositive().isLessThan(html.indexOf("IMM-2026-00003"));
        assertThat(html).contains("USCIS status changes", "Case Was Received &rarr;", "Request for Evidence Was Sent",
                        "the notice must be obtained", "(first status recorded)", "Case Was Approved", "USCIS Case Status API",
                        "12/03/2026", "href=\"/share/page/lpodesk-case?nodeRef=workspace%3A%2F%2FSpacesStore%2Fcase-14\"",
                        "Wei &lt;Chen&gt;", "class=\"lpodesk-due-soon\"")
                .doesNotContain("Wei <Chen>", "undefined");
        assertThat(html.split("the notice must be obtained", -1)).hasSize(2);
        assertThat(render("uscis-status-changes", "pat", new Responder(Map.of()).fail("/lpodesk/uscis/changes?days=7", 500)))
                .contains("USCIS status changes are unavailable right now (repository status 500).");
        assertThat(render("uscis-status-changes", "lpo", new Responder(Map.of()).fail("/lpodesk/uscis/changes?days=7", 403)))
                .contains("USCIS status changes are for the firm&#39;s staff.");
    }

    @Test
    void casesMissingEvidenceShowTheRepositorysCountsAndSentences() throws Exception {
        String call = "/lpodesk/cases?missingEvidence=true&sort=deadline&max=20";
        Responder repo = new Responder(Map.of(call, "cases-missing-evidence.json"));
        String html = render("cases-missing-evidence", "pat", repo);
        assertThat(repo.calls()).containsExactly(call);
        assertThat(html).contains("Cases missing evidence", "2 of 3 requirements missing", "9 of 11 requirements missing",
                        "EB-1A criteria: 2 of the 3 required have evidence", "EB-1A Extraordinary Ability",
                        "href=\"/share/page/lpodesk-case?nodeRef=workspace%3A%2F%2FSpacesStore%2Fcase-1\"",
                        "class=\"lpodesk-due-soon\"", "12/10/2026", "No deadline", "Lucia &lt;Garcia&gt;", "Showing 2 of 7 cases")
                .doesNotContain("Lucia <Garcia>", ">EB1A<", "undefined");
        assertThat(html.indexOf("IMM-2026-00001")).isLessThan(html.indexOf("IMM-2026-00003"));

        Responder vendor = new Responder(Map.of()).fail(call, 403);
        assertThat(render("cases-missing-evidence", "lpo", vendor)).contains("This dashlet is for the firm&#39;s staff.");
    }

    @Test
    void caseDeadlinesCountDaysFromTheRepositorysToday() throws Exception {
        // The firm's zone may already be a later day than Share's clock (2026-11-27 here)
        Responder repo = new Responder(Map.of("/lpodesk/deadlines?days=30", "deadlines-firm-today.json"));
        String html = render("case-deadlines", "kim", repo);
        assertThat(html).contains("7 day(s) overdue", "4 day(s) overdue", "In 20 day(s)").doesNotContain("Due today");
    }

    @Test
    void caseDeadlinesSayWhenMoreFollowAndNameTheCaseDeadline() throws Exception {
        Responder repo = new Responder(Map.of("/lpodesk/deadlines?days=30", "deadlines-more.json"));
        String html = render("case-deadlines", "pat", repo);
        assertThat(html).contains("Case deadline").doesNotContain("CASE_DEADLINE")
                .contains("Showing the 1 nearest; more case deadlines fall in this window.")
                .contains("Saturday 2026-12-05 rolls to Monday 2026-12-07 under 8 CFR 1.2");
        String complete = render("case-deadlines", "pat", new Responder(Map.of("/lpodesk/deadlines?days=30",
                "deadlines.json")));
        assertThat(complete).doesNotContain("more case deadlines");
    }

    @Test
    void caseDeadlinesSayWhenTheRepositoryIsUnavailable() throws Exception {
        Responder repo = new Responder(Map.of()).fail("/lpodesk/deadlines?days=30", 500);
        String html = render("case-deadlines", "sam", repo);
        assertThat(html).contains("Deadlines are unavailable right now (repository status 500).").doesNotContain("<table");
    }

    @Test
    void outsourcedTasksAreGroupedByVendorWithStepAndSlaStatus() throws Exception {
        Responder repo = new Responder(Map.of(
                "/api/workflow-instances?definitionName=activiti%24immOutsourcing&state=active&maxItems=25", "workflow-instances.json",
                "/api/workflow-instances/activiti%24101?includeTasks=true", "workflow-instance-101.json",
                "/api/workflow-instances/activiti%24102?includeTasks=true", "workflow-instance-102.json",
                "/api/workflow-instances/activiti%24103?includeTasks=true", "workflow-instance-103.json"));
        String html = render("outsourced-tasks", "pat", repo);
        assertThat(html).contains("Vendor: acme", "Vendor: bravo", "EB-1 petition", "Legal research", "RFE response")
                .contains("1 overdue", "1 due soon", "1 on track")
                .contains("LPO quality review", "Accept or decline the task")
                .contains("Requested by Ann Attorney");
        assertThat(html.indexOf("Vendor: acme")).isLessThan(html.indexOf("Vendor: bravo"));
        // within acme: the overdue EB-1 task (due 11-25) before the RFE task (due 11-28)
        assertThat(html.indexOf("EB-1 petition")).isLessThan(html.indexOf("RFE response"));
        assertThat(html.indexOf("RFE response")).isLessThan(html.indexOf("Vendor: bravo"));
    }

    @Test
    void vendorUsageIsForFirmAdministratorsOnly() throws Exception {
        Responder repo = new Responder(Map.of("/api/people/pat?groups=true", "people-paralegal.json"));
        String html = render("vendor-usage", "pat", repo);
        assertThat(html).contains("Vendor usage is shown to firm administrators only.").doesNotContain("<table");
        assertThat(repo.calls()).containsExactly("/api/people/pat?groups=true");
    }

    @Test
    void vendorUsageShowsPackageOverageFlatFeesAndSlaForEachVendor() throws Exception {
        Responder repo = new Responder(Map.of(
                "/api/people/fran?groups=true", "people-admin.json",
                "/lpodesk/vendors", "vendors.json",
                "/lpodesk/vendors/acme/usage?month=2026-11", "usage-acme.json"));
        String html = render("vendor-usage", "fran", repo);
        assertThat(html).contains("Vendor usage this month (2026-11)")
                .contains("Acme Legal Process Services", "8 (7 on time, 1 late)", "88%")
                .contains("46.5 h used, 0 h left of 40 h", "6.5 h, 390 USD", "750 USD", "3140 USD")
                .contains("/share/proxy/alfresco/lpodesk/vendors/acme/usage?month=2026-11&amp;format=csv")
                .contains("Bravo LPO", "Usage for this vendor is unavailable right now.")
                // every vendor by its name, never its id
                .contains("Delta Legal Services LLP");
        assertThat(html.replaceAll("/lpodesk/vendors/[a-z-]+/usage", "")).doesNotContain(">delta-legal<", ">acme<");
        assertThat(html.indexOf("Acme")).isLessThan(html.indexOf("Bravo"));
        assertThat(repo.calls()).contains("/lpodesk/vendors", "/lpodesk/vendors/delta-legal/usage?month=2026-11");
    }

    @Test
    void vendorAssignmentsShowOnlyOutsourcingStepsDueFirst() throws Exception {
        Responder repo = new Responder(Map.of(
                "/api/task-instances?authority=lee&state=IN_PROGRESS&properties=bpm_description,bpm_dueDate,bpm_priority",
                "task-instances.json"));
        String html = render("vendor-assignments", "lee", repo);
        assertThat(html).contains("Draft the EB-1A petition letter", "RFE response exhibits", "Open to your team")
                .contains("Drafting", "Accept or decline", "Overdue", "On track")
                .contains("/share/page/task-edit?taskId=activiti%24201")
                .doesNotContain("Unrelated task");
        assertThat(html.indexOf("Draft the EB-1A")).isLessThan(html.indexOf("RFE response exhibits"));
    }
}
