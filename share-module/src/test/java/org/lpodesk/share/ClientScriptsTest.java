package org.lpodesk.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The browser's REGEX handler agrees with the repository on every constraint of the imm model
 * (Java's whole-value match), where Share's stock handler would not; and the vendor-site toolbar
 * customization removes exactly the firm-only "Create..." entries.
 */
class ClientScriptsTest {

    private static final Path VALIDATION = ShareModule.CLIENT_RESOURCES.resolve("lpodesk-share/js/forms/validation.js");
    private static final Path REQUEST = ShareModule.CLIENT_RESOURCES.resolve("lpodesk-share/js/outsourcing/request.js");
    private static final Path VENDOR_SITE_DOCLIB = ShareModule.SITE_WEBSCRIPTS.resolve(
            "org/lpodesk/customizations/vendorsite/components/documentlibrary");

    /** Values a paralegal might type into an identifier field, right and wrong. */
    private static final List<String> SAMPLES = List.of(
            "EAC2190012345", "IOE0912345678", "WAC1234567890", "eac2190012345", "EAC219001234",
            "EAC21900123456", "XEAC2190012345", "EAC2190012345X", "EAC 2190012345", "EAC-2190012345",
            "A012345678", "A123456789", "A12345678", "A0123456789", "012345678", "a012345678",
            "XA012345678", "A012345678 ", "", "IMM-2026-00042", "IMM-2026-00000", "IMM-2026-1234567890",
            "IMM-1899-00001", "2026-014", "imm-2026-00042", "IMM-2026-00042 ", "IMM-2026-00000\n", "AB-1900-999999999");

    private static boolean browser(Rhino rhino, String expression, Object requiresMatch, String value) {
        rhino.put("expression", expression);
        rhino.put("requiresMatch", requiresMatch);
        rhino.put("value", value);
        return (Boolean) rhino.eval("LPODesk.forms.validation.modelRegex({ value: value }, "
                + "{ expression: expression, requiresMatch: requiresMatch }, null, null)", "call");
    }

    @Test
    void theBrowserHandlerAcceptsExactlyWhatTheRepositoryAccepts() {
        Dictionary dictionary = ShareModule.dictionary();
        List<Dictionary.ConstraintDef> regexes = new ArrayList<>();
        for (String name : List.of("imm:receiptNumberFormat", "imm:aNumberFormat", "imm:caseNumberFormat")) {
            regexes.add(dictionary.constraint(name).orElseThrow(() -> new AssertionError("no constraint " + name)));
        }
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        try (Rhino rhino = new Rhino()) {
            rhino.run(VALIDATION);
            for (Dictionary.ConstraintDef constraint : regexes) {
                String expression = constraint.parameter("expression");
                boolean requiresMatch = !"false".equals(constraint.parameter("requiresMatch"));
                Pattern java = Pattern.compile(expression);
                for (String value : SAMPLES) {
                    compared++;
                    // The repository leaves an empty value to the mandatory check, like the handler
                    boolean repository = value.isEmpty() || java.matcher(value).matches() == requiresMatch;
                    boolean inBrowser = browser(rhino, expression, requiresMatch, value);
                    if (repository != inBrowser) {
                        disagreements.add(constraint.name() + " '" + value + "': repository " + repository + ", browser " + inBrowser);
                    }
                }
            }
        }
        ShareModule.report("regex-browser", "REGEX constraint/value pairs compared, browser vs repository: " + compared);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void aValueThatOnlyContainsAReceiptNumberIsRefusedWhereShareWouldAcceptIt() {
        try (Rhino rhino = new Rhino()) {
            rhino.run(VALIDATION);
            assertThat(browser(rhino, "[A-Z]{3}[0-9]{10}", true, "XEAC2190012345X")).isFalse();
            assertThat(browser(rhino, "[A-Z]{3}[0-9]{10}", true, "EAC2190012345")).isTrue();
            // Share's repoRegexMatch: new RegExp(expression).test(value)
            rhino.put("value", "XEAC2190012345X");
            assertThat((Boolean) rhino.eval("new RegExp('[A-Z]{3}[0-9]{10}').test(value)", "share")).isTrue();
        }
    }

    @Test
    void requiresMatchFalseRefusesMatchingValues() {
        try (Rhino rhino = new Rhino()) {
            rhino.run(VALIDATION);
            assertThat(browser(rhino, "[0-9]+", false, "123")).isFalse();
            assertThat(browser(rhino, "[0-9]+", "false", "12a")).isTrue();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOutsourcingStartFormBecomesTheRepositorysValidatedRequest() {
        try (Rhino rhino = new Rhino()) {
            rhino.run(REQUEST);
            rhino.eval("var body = LPODesk.outsourcing.requestBody({"
                    + " prop_immwf_caseId: ' workspace://SpacesStore/case-1 ', prop_immwf_vendorId: 'acme',"
                    + " prop_immwf_taskKind: 'RFE_RESPONSE', prop_bpm_workflowDueDate: '2026-12-10T00:00:00.000Z',"
                    + " assoc_packageItems_added: 'workspace://SpacesStore/doc-2,workspace://SpacesStore/doc-1',"
                    + " prop_immwf_piiReason: '', prop_bpm_workflowDescription: 'Draft the RFE response',"
                    + " prop_bpm_workflowPriority: '1', prop_immwf_reminderLeadHours: '24',"
                    + " prop_bpm_sendEMailNotifications: 'true' }, ['workspace://SpacesStore/doc-1']);", "form");
            Map<String, Object> body = (Map<String, Object>) Rhino.toJava(rhino.get("body"));
            assertThat(body).containsEntry("caseId", "workspace://SpacesStore/case-1")
                    .containsEntry("vendorId", "acme")
                    .containsEntry("taskKind", "RFE_RESPONSE")
                    .containsEntry("dueDate", "2026-12-10")
                    .containsEntry("description", "Draft the RFE response")
                    .containsEntry("priority", 1L)
                    .containsEntry("reminderLeadHours", 24L)
                    .doesNotContainKeys("piiReason", "prop_bpm_sendEMailNotifications");
            assertThat((List<Object>) body.get("documents"))
                    .containsExactly("workspace://SpacesStore/doc-1", "workspace://SpacesStore/doc-2");

            rhino.eval("var bare = LPODesk.outsourcing.requestBody({ prop_immwf_caseId: 'workspace://SpacesStore/case-1',"
                    + " prop_immwf_vendorId: 'acme', prop_immwf_taskKind: 'LEGAL_RESEARCH', prop_bpm_workflowDueDate: '',"
                    + " prop_immwf_reminderLeadHours: '' }, []);", "bare");
            Map<String, Object> bare = (Map<String, Object>) Rhino.toJava(rhino.get("bare"));
            assertThat(bare).doesNotContainKeys("dueDate", "reminderLeadHours", "priority", "description");

            // the start form's instructions (up to 4,000 characters) are the request's description
            String brief = "Draft the petition letter. ".repeat(20);
            rhino.put("brief", brief);
            rhino.eval("var briefed = LPODesk.outsourcing.requestBody({ prop_immwf_caseId: 'workspace://SpacesStore/case-1',"
                    + " prop_immwf_vendorId: 'acme', prop_immwf_taskKind: 'EB1_PETITION', prop_immwf_instructions: brief }, []);",
                    "briefed");
            assertThat(((Map<String, Object>) Rhino.toJava(rhino.get("briefed"))).get("description"))
                    .isEqualTo(brief.strip()).asString().hasSizeGreaterThan(250);
            assertThat((List<Object>) bare.get("documents")).isEmpty();
        }
    }

    @Test
    void aRefusalShowsEveryReason() {
        try (Rhino rhino = new Rhino()) {
            rhino.run(REQUEST);
            Object text = rhino.eval("LPODesk.outsourcing.refusalText({ status: 409, message: 'Refused for 2 reasons: A. B.',"
                    + " reasons: ['No client consent is recorded on the case.', 'The due date leaves no review buffer.'] })", "409");
            assertThat(Rhino.toJava(text)).isEqualTo("\u2022 No client consent is recorded on the case.\n"
                    + "\u2022 The due date leaves no review buffer.");
            Object malformed = rhino.eval("LPODesk.outsourcing.refusalText({ status: 400, message: 'taskKind: BOGUS is no task kind' })", "400");
            assertThat(Rhino.toJava(malformed)).isEqualTo("taskKind: BOGUS is no task kind");
        }
    }

    /** Share 26.1's document library builds the toolbar in documentlist-v2.get.js; older pages in toolbar.get.js. */
    @ParameterizedTest
    @ValueSource(strings = {"documentlist-v2.get.js", "toolbar.get.js"})
    @SuppressWarnings("unchecked")
    void vendorSitesOfferNoImmigrationClientOrCaseInTheCreateMenu(String customization) {
        try (Rhino rhino = new Rhino()) {
            rhino.eval("var model = { widgets: [ { id: 'DocListToolbar', options: { createContentActions: ["
                    + "{ id: 'folder' }, { id: 'plain-text' }, { id: 'lpodesk-client' }, { id: 'lpodesk-case' } ] } },"
                    + "{ id: 'Other', options: { createContentActions: [ { id: 'lpodesk-case' } ] } } ] };", "model");
            rhino.run(VENDOR_SITE_DOCLIB.resolve(customization));
            Map<String, Object> model = (Map<String, Object>) Rhino.toJava(rhino.get("model"));
            List<Map<String, Object>> widgets = (List<Map<String, Object>>) model.get("widgets");
            List<Map<String, Object>> toolbar = (List<Map<String, Object>>) ((Map<String, Object>) widgets.get(0).get("options"))
                    .get("createContentActions");
            assertThat(toolbar).extracting(a -> a.get("id")).containsExactly("folder", "plain-text");
            List<Map<String, Object>> other = (List<Map<String, Object>>) ((Map<String, Object>) widgets.get(1).get("options"))
                    .get("createContentActions");
            assertThat(other).extracting(a -> a.get("id")).containsExactly("lpodesk-case");
        }
    }

    /** A folder made on Share's create page opens afterwards: the page's manager is LPO Desk's for containers only. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "true, LPODesk.CreateContainerMgr",
            "false, Alfresco.CreateContentMgr",
            "'', Alfresco.CreateContentMgr"})
    void theCreatePageOpensACreatedFolder(String isContainer, String manager) throws Exception {
        try (Rhino rhino = new Rhino()) {
            rhino.eval("var page = { url: { templateArgs: { site: 'lpodesk-demo-firm' }, args: { itemId: 'imm:case'"
                    + (isContainer.isEmpty() ? "" : ", isContainer: '" + isContainer + "'") + " } } };"
                    + "var model = {};", "page");
            // Share's own script first (a stand-in with its model), then the customization, as Surf runs them
            rhino.eval("model.widgets = [ { id: 'CreateContentMgr', name: 'Alfresco.CreateContentMgr', options: {"
                    + " siteId: 'lpodesk-demo-firm', isContainer: 'true' == page.url.args.isContainer } } ];", "share");
            rhino.run(ShareModule.SITE_WEBSCRIPTS.resolve(
                    "org/lpodesk/customizations/createcontent/components/create-content/create-content-mgr.get.js"));
            assertThat(Rhino.toJava(rhino.eval("model.widgets[0].name", "widget"))).isEqualTo(manager);
        }
        String script = Files.readString(ShareModule.CLIENT_RESOURCES.resolve(
                "lpodesk-share/components/create-content/create-container-mgr.js"));
        assertThat(script).contains("LPODesk.CreateContainerMgr = function").contains("YAHOO.extend(LPODesk.CreateContainerMgr, Alfresco.CreateContentMgr");
    }

    /** The repository refuses a public link on client documents and in vendor sites; Share does not offer one there. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "imm:petitionDraft, lpodesk-demo-firm, site-dashboard, false",
            "cm:content, lpo-acme, lpodesk-vendor-site-dashboard, false",
            "imm:identityDocument, lpo-acme, lpodesk-vendor-site-dashboard, false",
            "cm:content, marketing, site-dashboard, true"})
    void theDocumentPageOffersNoPublicLinkWhereTheRepositoryRefusesOne(String type, String site, String preset,
                                                                       boolean offered) {
        try (Rhino rhino = new Rhino()) {
            rhino.eval("var model = { node: { type: '" + type + "' }, item: { location: { site: { name: '" + site
                    + "', preset: '" + preset + "' } } }, showQuickShare: 'true',"
                    + " widgets: [ { id: 'NodeHeader', options: { showQuickShare: true } } ] };", "model");
            rhino.run(ShareModule.SITE_WEBSCRIPTS.resolve(
                    "org/lpodesk/customizations/publiclinks/components/node-details/node-header.get.js"));
            assertThat(Rhino.toJava(rhino.eval("model.showQuickShare", "page"))).isEqualTo(String.valueOf(offered));
            assertThat(Rhino.toJava(rhino.eval("model.widgets[0].options.showQuickShare", "widget"))).isEqualTo(offered);
        }
    }
}
