<import resource="classpath:alfresco/web-extension/site-webscripts/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.js">

/**
 * Vendor usage this month, for firm administrators (GROUP_IMM_ADMINS; the repository's usage web
 * script enforces its own rule). The vendors, by name, are the repository's onboarded vendors
 * (GET /lpodesk/vendors); each one's figures come from GET /lpodesk/vendors/{vendorId}/usage.
 */
function vendors()
{
   var answer = LPODeskDashlets.getJson("/lpodesk/vendors");
   return answer.ok ? answer.json.vendors || [] : null;
}

function main()
{
   var month = LPODeskDashlets.month(LPODeskDashlets.today()),
      onboarded, rows = [], i, vendorId, usage;

   model.month = month;
   model.allowed = LPODeskDashlets.isMemberOfAny(["GROUP_IMM_ADMINS", "GROUP_ALFRESCO_ADMINISTRATORS"]);
   if (model.allowed)
   {
      onboarded = vendors();
      if (onboarded === null)
      {
         model.error = msg.get("message.unavailable");
      }
      else
      {
         for (i = 0; i < onboarded.length; i++)
         {
            vendorId = String(onboarded[i].id);
            usage = LPODeskDashlets.getJson("/lpodesk/vendors/" + encodeURIComponent(vendorId) + "/usage?month=" + month);
            rows.push(
            {
               id: vendorId,
               name: String(onboarded[i].name),
               available: usage.ok,
               usage: usage.ok ? usage.json : null,
               csvUrl: "/lpodesk/vendors/" + encodeURIComponent(vendorId) + "/usage?month=" + month + "&format=csv"
            });
         }
         rows.sort(function(a, b)
         {
            return a.name < b.name ? -1 : (a.name > b.name ? 1 : 0);
         });
         model.vendors = rows;
      }
   }
   model.widgets = LPODeskDashlets.standardWidgets(msg.get("dashlet.help"));
}

main();
