<import resource="classpath:alfresco/web-extension/site-webscripts/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.js">

/**
 * Cases missing evidence: GET /lpodesk/cases?missingEvidence=true (open cases the current user can
 * read whose evidence the repository found incomplete), nearest case deadline first; on a site
 * dashboard only that site's cases. The counts and the sentence are the repository's (core's
 * checklists and completeness); nothing is counted here.
 */
var MAX = 20;
function main()
{
   // on a site dashboard, that site's cases; on a user dashboard, every case the user can read
   // Surf puts "page" in the scope as a Java map on a dashboard; Rhino throws on typeof of it (a live Share's
   // site dashboard answered 500), so ask the scope whether it has one
   var site = (this.page != null && page.url.templateArgs.site) ? String(page.url.templateArgs.site) : "",
      result = LPODeskDashlets.getJson("/lpodesk/cases?missingEvidence=true&sort=deadline&max=" + MAX +
         (site ? "&site=" + encodeURIComponent(site) : "")),
      cases = [],
      source, item, i;

   if (!result.ok)
   {
      model.error = result.status === 403 ? msg.get("message.forbidden") : msg.get("message.unavailable", [String(result.status)]);
   }
   else
   {
      source = result.json.cases || [];
      for (i = 0; i < source.length; i++)
      {
         item = source[i];
         cases.push(
         {
            nodeRef: item.nodeRef || "",
            caseNumber: item.caseNumber || "",
            caseTypeLabel: item.caseTypeLabel || item.caseType || "",
            beneficiary: item.beneficiary || "",
            missing: item.evidence ? item.evidence.missing : 0,
            required: item.evidence ? item.evidence.required : 0,
            summary: item.evidence && item.evidence.summary ? String(item.evidence.summary) : "",
            deadline: item.caseDeadline || "",
            status: item.urgency ? (LPODeskDashlets.URGENCY_CLASS[String(item.urgency)] || "on-track") : ""
         });
      }
      model.cases = cases;
      model.total = result.json.total || cases.length;
   }
   model.widgets = LPODeskDashlets.standardWidgets(msg.get("dashlet.help"));
}

main();
