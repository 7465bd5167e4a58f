<import resource="classpath:alfresco/web-extension/site-webscripts/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.js">

/**
 * My case deadlines: GET /lpodesk/deadlines?days=30 (the cases the current user can read), overdue
 * first, then by date, each with the rule that produced the date.
 */
function main()
{
   var days = 30,
      list = LPODeskDashlets.datedRows("/lpodesk/deadlines?days=" + days,
      {
         label: function(item)
         {
            // the repository lists each case by its case deadline; the rule names the notice behind it
            return item.label === "CASE_DEADLINE" ? msg.get("label.case-deadline") : (item.label || "");
         },
         days: function(n)
         {
            return n < 0 ? msg.get("label.overdue", [String(-n)]) : n === 0 ? msg.get("label.today") : msg.get("label.days-left", [String(n)]);
         },
         unavailable: function(status)
         {
            return msg.get("message.unavailable", [status]);
         }
      });

   model.days = days;
   // only what is there: an undefined value reaches the template as a Java object, not as "missing"
   // (a live Share printed org.mozilla.javascript.Undefined@... in the dashlet)
   if (list.error)
   {
      model.error = list.error;
   }
   else
   {
      model.deadlines = list.rows;
      model.more = list.more;
   }
   model.widgets = LPODeskDashlets.standardWidgets(msg.get("dashlet.help"));
}

main();
