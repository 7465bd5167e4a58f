package org.lpodesk.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The firm's Compliance page as Surf renders it: its controller in Rhino against the repository's
 * answers of GET /lpodesk/compliance/vendors (a vendor limited by a covered-person statement with a
 * count past the warning share; one refused for a missing, a not yet signed and an expired
 * attestation), then its template; and the body its dialog posts. Rendered pages go to
 * target/share-checks/ (one file per user name: each test renders as its own).
 */
class CompliancePageTest {

    private static final String COMPONENTS = "org/lpodesk/components/compliance";
    private static final String VENDORS = "/lpodesk/compliance/vendors";
    private static final Path CLIENT = ShareModule.CLIENT_RESOURCES.resolve("lpodesk-share/components/compliance/compliance-page.js");

    /** No Surf page object: after a recording the browser fetches the component alone, where there is none. */
    private static final String SERVICE_CALL = "var url = { context: '/share' };";

    private static String render(String user, DashletRenderingTest.Responder repo) throws Exception {
        return DashletRenderingTest.render(COMPONENTS, "compliance-page", user, repo, SERVICE_CALL);
    }

    @Test
    void everyVendorShowsItsAttestationsVerdictProblemsAndCountsAsTheRepositoryJudgedThem() throws Exception {
        DashletRenderingTest.Responder repo = new DashletRenderingTest.Responder(Map.of(VENDORS, "compliance-vendors.json"));
        String html = render("demo.firmadmin", repo);
        assertThat(repo.calls()).containsExactly(VENDORS);
        // the verdicts in words, with their colour classes; the repository's problem sentences as written
        assertThat(html).contains("Demo Legal Process Outsourcing Pvt. Ltd.", "lpodesk-limited\">No restricted data",
                "Acme &lt;Legal&gt; Services", "lpodesk-refused\">Sharing refused",
                "No client document can go to vendor &quot;acme&quot;: it has no valid ownership attestation on file.",
                "the security attestation must be renewed.",
                "it attests that it is a covered person (staff-residence attestation) under 28 CFR 202.211(a)(4).");
        assertThat(html.indexOf("Demo Legal Process")).isLessThan(html.indexOf("Acme &lt;Legal&gt;"));
        // each status as a word (never the repository's constant), signer, document, the last valid day
        assertThat(html).contains("lpodesk-status-valid\">Valid<", "lpodesk-status-missing\">Missing<",
                "lpodesk-status-not_yet_signed\">Not yet signed<", "lpodesk-status-expired\">Expired<",
                "A. Rao, CEO", "workspace://SpacesStore/att-1", "28 CFR 202.211(a)(1)", "ABA Formal Op. 477R; ABA Formal Op. 498",
                "Yes: Two &lt;contract&gt; reviewers work from a country of concern")
                .doesNotContain(">VALID<", ">NOT_YET_SIGNED<", "Two <contract>", "Acme <Legal>", "undefined");
        // calendar dates month first, as on every LPO Desk page, never shifted: the days the repository sent
        assertThat(html).contains(">01/10/2026<", ">01/10/2027<", ">06/30/2027<", ">12/20/2026<", ">09/01/2026<",
                        "Today: 12/04/2026; counts since 12/04/2025; a warning from 80% of a limit; attestations hold 12 months")
                .doesNotContain(">2026-01-10<", ">2027-06-30<");
        // a missing attestation shows no date and no covered-person answer
        String acme = html.substring(html.indexOf("data-vendor=\"acme\""));
        String missingRow = acme.substring(acme.indexOf("data-kind=\"OWNERSHIP\""), acme.indexOf("data-kind=\"STAFF_RESIDENCE\""));
        assertThat(missingRow).doesNotContain("/20", ">No<");
        // counts against the limits, the warning said in words
        assertThat(html).contains("85,210", "100,000", "85.2% · warning", "class=\"lpodesk-warning\"", "0.1%", "1,000");
        // the CSV through Share's proxy; a dialog per page with the repository's kinds in its order
        assertThat(html).contains("href=\"/share/proxy/alfresco/lpodesk/compliance/vendors?format=csv\"", "CSV of every vendor");
        assertThat(html.split("class=\"lpodesk-record-attestation\"", -1)).hasSize(3);
        assertThat(html).contains("<option value=\"OWNERSHIP\">ownership attestation</option>"
                + "<option value=\"STAFF_RESIDENCE\">staff-residence attestation</option>"
                + "<option value=\"SECURITY\">security attestation</option>");
        // no signing day after the repository's today is offered
        assertThat(html).contains("name=\"signedOn\" max=\"2026-12-04\"", "Fields marked * are required.",
                "new LPODesk.CompliancePage(\"dashlet-1\").setMessages({");
    }

    @Test
    void someoneWhoIsNotAFirmAdministratorReadsTheRepositorysSentence() throws Exception {
        DashletRenderingTest.Responder repo = new DashletRenderingTest.Responder(Map.of(VENDORS, "compliance-forbidden.json"))
                .fail(VENDORS, 403);
        assertThat(render("demo.paralegal", repo))
                .contains("Only the firm&#39;s administrators may see or record vendor compliance; demo.paralegal is not one.")
                .doesNotContain("<table", "lpodesk-record-attestation", "lpodesk-attestation-dialog", "LPODesk.CompliancePage");
    }

    @Test
    void aFailureWithoutTheRepositorysSentenceSaysWhatFailed() throws Exception {
        DashletRenderingTest.Responder repo = new DashletRenderingTest.Responder(Map.of()).fail(VENDORS, 502);
        assertThat(render("admin-unavailable", repo)).contains("The vendors&#39; compliance could not be read (HTTP 502).")
                .doesNotContain("<table");
    }

    @Test
    void aFirmWithoutVendorsIsToldSoAndOfferedNoDialog() throws Exception {
        DashletRenderingTest.Responder repo = new DashletRenderingTest.Responder(Map.of(VENDORS, "compliance-no-vendor.json"));
        assertThat(render("admin-no-vendor", repo)).contains("No vendor is onboarded yet.", "CSV of every vendor")
                .doesNotContain("lpodesk-attestation-dialog", "LPODesk.CompliancePage");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDialogPostsTheDatesAsTypedAndFactsOnlyWithTheirStatement() {
        try (Rhino rhino = new Rhino()) {
            rhino.eval("var window = this; var YAHOO = { util: { Dom: {}, Event: {} }, extend: function() {} };"
                    + " var Alfresco = { component: { Base: function() {} } };", "browser");
            rhino.run(CLIENT);
            rhino.eval("var covered = LPODesk.compliance.attestationBody({ kind: 'STAFF_RESIDENCE', signedOn: '2026-12-04',"
                    + " signer: 'Rohan Mehta, CEO', document: 'DMS-42', expiresOn: '', coveredPerson: true,"
                    + " facts: 'Two reviewers work from a country of concern' });"
                    + " var security = LPODesk.compliance.attestationBody({ kind: 'SECURITY', signedOn: '2026-01-01',"
                    + " signer: 'A', document: 'D', expiresOn: '2027-01-01', coveredPerson: true, facts: 'ignored' });"
                    + " var unstated = LPODesk.compliance.attestationBody({ kind: 'OWNERSHIP', signedOn: '', signer: '',"
                    + " document: '', expiresOn: '', coveredPerson: false, facts: 'typed, then unticked' });", "bodies");
            Map<String, Object> covered = (Map<String, Object>) Rhino.toJava(rhino.get("covered"));
            assertThat(covered).containsEntry("kind", "STAFF_RESIDENCE").containsEntry("signedOn", "2026-12-04")
                    .containsEntry("signer", "Rohan Mehta, CEO").containsEntry("document", "DMS-42")
                    .containsEntry("coveredPerson", true).containsEntry("facts", "Two reviewers work from a country of concern")
                    // an empty expiry is none (the firm's default validity), not a date
                    .doesNotContainKey("expiresOn");
            assertThat(Rhino.toJava(rhino.eval("covered.expiresOn === null", "null"))).isEqualTo(true);
            // a security attestation states no covered-person facts, whatever the form held
            Map<String, Object> security = (Map<String, Object>) Rhino.toJava(rhino.get("security"));
            assertThat(security).containsEntry("expiresOn", "2027-01-01").containsEntry("coveredPerson", false)
                    .doesNotContainKey("facts");
            // blanks go to the repository, which refuses them in its own words
            Map<String, Object> unstated = (Map<String, Object>) Rhino.toJava(rhino.get("unstated"));
            assertThat(unstated).containsEntry("signer", "").containsEntry("document", "").containsEntry("coveredPerson", false)
                    .doesNotContainKeys("signedOn", "facts");
        }
    }
}
