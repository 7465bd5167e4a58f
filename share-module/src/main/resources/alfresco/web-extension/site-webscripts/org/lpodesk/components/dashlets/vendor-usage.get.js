<import resource="classpath:alfresco/web-extension/site-webscripts/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.js">

/**
 * Vendor usage this month, for firm administrators (GROUP_IMM_ADMINS; the repository's usage web
 * script enforces the same). The vendors are the LPO vendor sites the administrator can see
 * (sites created with the vendor preset); each one's figures come from
 * GET /lpodesk/vendors/{vendorId}/usage?month=YYYY-MM.
 */
function main()
{
   var month = LPODeskDashlets.month(LPODeskDashlets.today()),
      sites, vendors = [], i, shortName, vendorId, usage;

   model.month = month;
   model.allowed = LPODeskDashlets.isMemberOfAny(["GROUP_IMM_ADMINS", "GROUP_ALFRESCO_ADMINISTRATORS"]);
   if (model.allowed)
   {
      sites = LPODeskDashlets.getJson("/api/sites?spf=" + encodeURIComponent(LPODeskDashlets.VENDOR_SITE_PRESET));
      if (!sites.ok)
      {
         model.error = msg.get("message.unavailable", [String(sites.status)]);
      }
      else
      {
         for (i = 0; i < sites.json.length; i++)
         {
            shortName = String(sites.json[i].shortName);
            if (shortName.indexOf(LPODeskDashlets.VENDOR_SITE_PREFIX) !== 0)
            {
               continue;
            }
            vendorId = shortName.substring(LPODeskDashlets.VENDOR_SITE_PREFIX.length);
            usage = LPODeskDashlets.getJson("/lpodesk/vendors/" + encodeURIComponent(vendorId) + "/usage?month=" + month);
            vendors.push(
            {
               id: vendorId,
               name: String(sites.json[i].title || vendorId),
               available: usage.ok,
               usage: usage.ok ? usage.json : null,
               csvUrl: "/lpodesk/vendors/" + encodeURIComponent(vendorId) + "/usage?month=" + month + "&format=csv"
            });
         }
         vendors.sort(function(a, b)
         {
            return a.name < b.name ? -1 : (a.name > b.name ? 1 : 0);
         });
         model.vendors = vendors;
      }
   }
   model.widgets = LPODeskDashlets.standardWidgets(msg.get("dashlet.help"));
}

main();
