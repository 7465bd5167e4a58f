package org.lpodesk.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The case page and the case list as Surf renders them: their controllers in Rhino against the
 * repository's answers (a real case summary of the demo EB-1A case taken from a running
 * repository, and a case list page), then their templates. Rendered pages go to
 * target/share-checks/.
 */
class CasePagesRenderingTest {

    private static final String CASE = "workspace://SpacesStore/bcf08720-8791-4b18-b087-2087918b18ad";
    private static final String SUMMARY = "/lpodesk/cases/summary?case=workspace%3A%2F%2FSpacesStore%2Fbcf08720-8791-4b18-b087-2087918b18ad";
    private static final String CHECKLIST = "/lpodesk/cases/checklist?nodeRef=workspace%3A%2F%2FSpacesStore%2Fbcf08720-8791-4b18-b087-2087918b18ad";
    private static final String COMPONENTS = "org/lpodesk/components/case";
    private static final String PERM = "/lpodesk/cases/perm?case=workspace%3A%2F%2FSpacesStore%2Fbcf08720-8791-4b18-b087-2087918b18ad";
    private static final String USCIS = "/lpodesk/cases/uscis-status?case=workspace%3A%2F%2FSpacesStore%2Fbcf08720-8791-4b18-b087-2087918b18ad";
    private static final String MAIL = "/lpodesk/cases/bcf08720-8791-4b18-b087-2087918b18ad/correspondence";

    private static String page(String nodeRef, Map<String, String> args) {
        StringBuilder a = new StringBuilder();
        if (nodeRef != null) {
            a.append("nodeRef: '").append(nodeRef).append("'");
        }
        args.forEach((k, v) -> a.append(a.length() > 0 ? ", " : "").append(k).append(": '").append(v).append("'"));
        return "var url = { context: '/share' };"
                + "var page = { url: { templateArgs: { site: 'lpodesk-demo-firm' }, args: { " + a + " } } };";
    }

    @Test
    void theCasePageShowsTheCaseAsTheRepositorySummarisedIt() throws Exception {
        DashletRenderingTest.Responder repo = new DashletRenderingTest.Responder(Map.of(SUMMARY, "case-summary.json",
                CHECKLIST, "case-checklist.json", USCIS, "case-uscis.json", MAIL, "case-correspondence.json"));
        String html = DashletRenderingTest.render(COMPONENTS, "case-page", "paralegal", repo, page(CASE, Map.of()));
        // header: number, type and status labels, parties, the attorney as a person, the allowed moves
        assertThat(html).contains("IMM-2026-00001", "EB-1A Extraordinary Ability", "RFE/NOID Received",
                "Dr. Adaeze Okonkwo", "IOE0912345678", "/share/page/user/demo.attorney/profile\">Alice Whitfield</a>",
                "data-status=\"RESPONSE_FILED\"");
        // the case deadline (month first, US English), its rule and the days left the repository counted
        assertThat(html).contains("02/18/2027", "77 day(s) left", "Request for Evidence dated 2026-11-23");
        // notices, outsourced work with step, assignee by name and a link to its task; past requests too
        assertThat(html).contains("Request for Evidence", "By Mail", "Demo Legal Process Outsourcing Pvt. Ltd.",
                "RFE response", "Drafting", "Kavya Iyer", "/share/page/task-details?taskId=activiti%241089", "Declined", "Delivered");
        // approvals valid and voided, documents by folder linked into the library, recent activity
        assertThat(html).contains("lpodesk-approval-voided_by_edit", "2 document(s) approved in their current version",
                "/share/page/site/lpodesk-demo-firm/documentlibrary?path=", "Approval voided by an edit", "Marco Esposito");
        assertThat(html).doesNotContain("undefined", "RFE_NOID_RECEIVED<", ">EB1A<", "Due today");
        // the RFE's issues in its numbering, what answers each, and the actions to add and edit them;
        // the receipt notice asks for nothing and offers no issue
        assertThat(html).contains("1 of 2 issue(s) without an exhibit",
                "Issue 1: Sustained national or international acclaim: published material about the beneficiary",
                "Missing: Circulation figures of the trade publications", "Answered by: Exhibit 7 - Nature profile.pdf",
                "Issue 2: Original contributions of major significance", "No exhibit yet",
                "data-issue=\"workspace://SpacesStore/issue-2\"");
        assertThat(html.split("lpodesk-add-issue-button", -1)).hasSize(2);
        // the evidence checklist as the repository computed it: missing first, the group's count, a
        // foreign-language exhibit without its translation, a waiver with its reason and attorney, the waive actions
        assertThat(html).contains("Evidence checklist", "Not ready for attorney review.", "EB-1A: 2 of 3 required items missing.",
                "EB-1A criteria: 2 of the 3 required have evidence (of 10 listed)", "Continuing work in the field",
                "(iii) Published material about the person", "needs a certified translation",
                "Waived by Alice Whitfield: Every criterion used applies to a research scientist",
                "document-details?nodeRef=workspace%3A%2F%2FSpacesStore%2Fev-1", "data-item=\"eb1a.continuingWork\"",
                "none yet. The evidence count never says a case is approvable.");
        assertThat(html.indexOf("Continuing work in the field")).isLessThan(html.indexOf("(i) Lesser national or international prizes"));
        // the USCIS status log: USCIS's words, newest first, a failed check kept with its reason, the screenshot
        assertThat(html).contains("USCIS status", "Record status", "IOE0912345678", "Request for Evidence Was Sent",
                "Form I-140 &lt;Immigrant Petition&gt;", "Check failed: USCIS answered 503 on 3 tries", "Manual (USCIS page)",
                "USCIS Case Status API", "USCIS notice", "uscis-status-2026-11-24.png", "11/24/2026",
                "No USCIS API credentials are configured", "08/28/2026", "recorded 09/02/2026");
        assertThat(html.indexOf("Check failed")).isLessThan(html.indexOf("Case Was Received"));
        // e-mail: the case's address, the conversation as the repository grouped it, the text escaped (never
        // HTML), an executable attachment marked, the approved draft's Send, the held message with why
        assertThat(html).contains("imm-2026-00001@firm.example", "Recommendation letters", "2 message(s)",
                "From adaeze.okonkwo@example.com", "draft letters &lt;b&gt;from&lt;/b&gt; my referees",
                "setup.exe</a> <span class=\"lpodesk-warning\">could run programs", "To adaeze.okonkwo@example.com",
                ">Draft<", "data-reply=\"workspace://SpacesStore/r-1\"", "data-message=\"workspace://SpacesStore/m-1\"",
                "Outsource reply", "Held in quarantine (1)", "Held because: stranger@spam.example is not an address",
                "lpodesk-mail-release");
        assertThat(html).doesNotContain("<b>from</b>");
        assertThat(repo.calls()).containsExactly(SUMMARY, CHECKLIST, USCIS, MAIL);
    }

    @Test
    void aPermCaseShowsItsTimelineAsTheRepositoryComputedIt() throws Exception {
        DashletRenderingTest.Responder repo = new DashletRenderingTest.Responder(Map.of(SUMMARY, "case-summary-perm.json",
                CHECKLIST, "case-checklist.json", PERM, "case-perm.json"));
        String html = DashletRenderingTest.render(COMPONENTS, "case-page", "paralegal", repo, page(CASE, Map.of()));
        // the window with the rule of each end, the broken rule with its citation, the clocks and the steps
        assertThat(html).contains("PERM labor certification", "Earliest filing", "04/02/2026",
                "30 days after 2026-03-03, the last day of the SWA job order", "08/01/2026",
                "The Sunday newspaper advertisement is required 2 times; 1 recorded.", "20 CFR 656.17(e)(1)(i)",
                "134 day(s) left", "Met", "Globe tear sheet 02-08.pdf", "The Boston Globe", "P-100-26015-123456",
                "data-step=\"workspace://SpacesStore/step-swa\"", "lpodesk-add-step-button", "lpodesk-edit-perm-button",
                "lpodesk-perm-timeline");
        assertThat(html).doesNotContain("undefined", "NOTICE_OF_FILING<", "PWD_EXPIRY");
        assertThat(repo.calls()).containsExactly(SUMMARY, CHECKLIST, PERM, USCIS, MAIL);
    }

    @Test
    void aCaseOfAnotherTypeAsksForNoPermTimeline() throws Exception {
        DashletRenderingTest.Responder repo = new DashletRenderingTest.Responder(Map.of(SUMMARY, "case-summary.json",
                CHECKLIST, "case-checklist.json"));
        String html = DashletRenderingTest.render(COMPONENTS, "case-page", "paralegal", repo, page(CASE, Map.of()));
        assertThat(html).doesNotContain("PERM labor certification", "lpodesk-add-step-button");
        assertThat(repo.calls()).doesNotContain(PERM);
    }

    @Test
    void theCasePageStillShowsTheCaseWhenItsChecklistCannotBeRead() throws Exception {
        DashletRenderingTest.Responder repo = new DashletRenderingTest.Responder(Map.of(SUMMARY, "case-summary.json"))
                .fail(CHECKLIST, 500);
        String html = DashletRenderingTest.render(COMPONENTS, "case-page", "paralegal", repo, page(CASE, Map.of()));
        assertThat(html).contains("IMM-2026-00001", "The evidence checklist could not be read (the repository answered 500).")
                .doesNotContain("Waive");
    }

    @Test
    void theCasePageTellsAVendorOrAStrangerWhyThereIsNothing() throws Exception {
        DashletRenderingTest.Responder vendor = new DashletRenderingTest.Responder(Map.of()).fail(SUMMARY, 403);
        assertThat(DashletRenderingTest.render(COMPONENTS, "case-page", "lpo", vendor, page(CASE, Map.of())))
                .contains("The case page is for the firm&#39;s staff.").doesNotContain("IMM-2026");
        DashletRenderingTest.Responder none = new DashletRenderingTest.Responder(Map.of());
        assertThat(DashletRenderingTest.render(COMPONENTS, "case-page", "pat", none, page(CASE, Map.of())))
                .contains("This case does not exist or you may not read it.");
        // a malformed reference never reaches the repository
        DashletRenderingTest.Responder untouched = new DashletRenderingTest.Responder(Map.of());
        assertThat(DashletRenderingTest.render(COMPONENTS, "case-page", "pat", untouched, page("javascript:alert(1)", Map.of())))
                .contains("No case was named");
        assertThat(untouched.calls()).isEmpty();
    }

    @Test
    void theCaseListPassesItsFiltersToTheRepositoryAndOffersTheModelsChoices() throws Exception {
        String list = "/lpodesk/cases?site=lpodesk-demo-firm&type=EB1A&openOutsourcing=true&sort=deadline&skip=0&max=25";
        DashletRenderingTest.Responder repo = new DashletRenderingTest.Responder(Map.of(
                list, "cases-list.json",
                "POST /api/formdefinitions", "formdefinitions-case.json",
                "/api/groups/IMM_ATTORNEYS/children?authorityType=USER&maxItems=500", "attorneys.json"));
        String html = DashletRenderingTest.render(COMPONENTS, "case-list", "paralegal", repo,
                page(null, new java.util.LinkedHashMap<>(Map.of("type", "EB1A", "openOutsourcing", "true", "sort", "deadline"))));
        assertThat(repo.calls()).contains(list);
        // the filters keep what was chosen; the choices are the model's labels and the firm's attorneys
        assertThat(html).contains("<option value=\"EB1A\" selected=\"selected\">EB-1A Extraordinary Ability</option>",
                "<option value=\"demo.attorney\">Alice Whitfield</option>", "name=\"openOutsourcing\" value=\"true\" checked=\"checked\"");
        // rows: linked to the case page, labels, the attorney by name, urgency in words and colour; text escaped
        assertThat(html).contains("/share/page/site/lpodesk-demo-firm/lpodesk-case?nodeRef=workspace%3A%2F%2FSpacesStore%2Fcase-1",
                "RFE/NOID Received", "Alice Whitfield", "11/20/2026", "Overdue by 7 day(s)", "lpodesk-urgency-overdue", "Wei &lt;Chen&gt;",
                "Cases 1\u20132 of 2");
        // the CSV download asks the repository for the same filters
        assertThat(html).contains("/share/proxy/alfresco/lpodesk/cases?site=lpodesk-demo-firm&amp;").contains("format=csv");
    }

    @Test
    void theCaseListShowsTheRepositorysRefusal() throws Exception {
        String list = "/lpodesk/cases?site=lpodesk-demo-firm&skip=0&max=25";
        DashletRenderingTest.Responder vendor = new DashletRenderingTest.Responder(Map.of()).fail(list, 403);
        assertThat(DashletRenderingTest.render(COMPONENTS, "case-list", "lpo", vendor, page(null, Map.of())))
                .contains("The case list is for the firm&#39;s staff.").doesNotContain("<table");
    }
}
