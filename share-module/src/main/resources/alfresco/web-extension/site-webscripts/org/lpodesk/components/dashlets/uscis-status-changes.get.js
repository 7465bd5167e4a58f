<import resource="classpath:alfresco/web-extension/site-webscripts/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.js">

/**
 * USCIS status changes: GET /lpodesk/uscis/changes?days=7 (the cases the current user can read),
 * newest first, as the repository recorded them; the dashlet only shows them.
 */
function main()
{
   var days = 7,
      result = LPODeskDashlets.getJson("/lpodesk/uscis/changes?days=" + days),
      rows = [], items, item, i;
   model.days = days;
   // only what is there: an undefined value reaches the template as a Java object, not as "missing"
   if (!result.ok)
   {
      model.error = result.status === 403 ? msg.get("message.firm-only") : msg.get("message.unavailable", [String(result.status)]);
   }
   else
   {
      items = result.json.items || [];
      for (i = 0; i < items.length; i++)
      {
         item = items[i];
         rows.push(
         {
            checkedOn: String(item.checkedOn),
            caseNodeRef: String(item["case"] || ""),
            caseNumber: String(item.caseNumber || ""),
            beneficiary: String(item.beneficiary || ""),
            receiptNumber: String(item.receiptNumber || ""),
            previous: item.previousStatus ? String(item.previousStatus) : msg.get("label.first"),
            status: String(item.statusText || ""),
            source: String(item.sourceLabel || item.source || ""),
            actionNeeded: item.meaning === "EVIDENCE_REQUESTED" || item.meaning === "INTENT_NOTICE"
         });
      }
      model.changes = rows;
   }
   model.widgets = LPODeskDashlets.standardWidgets(msg.get("dashlet.help"));
}

main();
