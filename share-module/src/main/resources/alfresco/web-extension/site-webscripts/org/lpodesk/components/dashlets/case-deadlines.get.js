<import resource="classpath:alfresco/web-extension/site-webscripts/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.js">

/**
 * My case deadlines: GET /lpodesk/deadlines?days=30 (the cases the current user can read) and
 * list them overdue first, then by date, each with the rule that produced the date. Days are
 * counted from the repository's "today" (the firm's zone) when it sends one.
 */
/** The style of each urgency the repository names */
var URGENCY_CLASS = { OVERDUE: "overdue", SOON: "due-soon", LATER: "on-track" };

function main()
{
   var days = 30,
      result = LPODeskDashlets.getJson("/lpodesk/deadlines?days=" + days),
      today = result.ok && result.json.today ? String(result.json.today) : LPODeskDashlets.today(),
      deadlines = [],
      source, item, i;

   model.days = days;
   if (!result.ok)
   {
      model.error = msg.get("message.unavailable", [String(result.status)]);
   }
   else
   {
      source = result.json.deadlines || [];
      for (i = 0; i < source.length; i++)
      {
         item = source[i];
         deadlines.push(
         {
            date: item.date,
            daysLeft: LPODeskDashlets.daysBetween(today, item.date),
            // how pressing it is: the repository's rule (core's Urgency), as on the case page
            status: URGENCY_CLASS[String(item.urgency)] || "on-track",
            // the repository lists each case by its case deadline; the rule names the notice behind it
            label: item.label === "CASE_DEADLINE" ? msg.get("label.case-deadline") : (item.label || ""),
            rule: item.rule || "",
            caseNodeRef: item.caseNodeRef || "",
            caseNumber: item.caseNumber || "",
            beneficiary: item.beneficiary || ""
         });
      }
      // Overdue first (most overdue on top), then the nearest dates
      deadlines.sort(function(a, b)
      {
         return a.daysLeft - b.daysLeft;
      });
      model.deadlines = deadlines;
      // the repository pages its answer: say so rather than cut the list silently
      model.more = result.json.hasMore === true;
   }
   model.widgets = LPODeskDashlets.standardWidgets(msg.get("dashlet.help"));
}

main();
