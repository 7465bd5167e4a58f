<import resource="classpath:alfresco/web-extension/site-webscripts/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.js">

/**
 * Vendor usage this month, for firm administrators (GROUP_IMM_ADMINS; the repository's usage web
 * script enforces its own rule). The vendors are found from their managers' groups,
 * GROUP_LPO_<ID>_MANAGERS, which any user may list (vendor ids are [a-z0-9-], so the group name
 * gives the id back: upper case to lower, '_' to '-'); a vendor site the administrator can see
 * gives the vendor's title. Each one's figures come from GET /lpodesk/vendors/{vendorId}/usage.
 */
var MANAGERS_GROUP = /^LPO_(.+)_MANAGERS$/;

function vendorIds()
{
   var groups = LPODeskDashlets.getJson("/api/groups?shortNameFilter=" + encodeURIComponent("LPO_*") + "&maxItems=500"),
      ids = [], data, match, id, i;
   if (!groups.ok)
   {
      return null;
   }
   data = groups.json.data || [];
   for (i = 0; i < data.length; i++)
   {
      match = MANAGERS_GROUP.exec(String(data[i].shortName));
      if (match)
      {
         id = match[1].toLowerCase().replace(/_/g, "-");
         if (ids.indexOf(id) === -1)
         {
            ids.push(id);
         }
      }
   }
   return ids;
}

function siteTitles()
{
   var sites = LPODeskDashlets.getJson("/api/sites?spf=" + encodeURIComponent(LPODeskDashlets.VENDOR_SITE_PRESET)),
      titles = {}, shortName, i;
   if (sites.ok)
   {
      for (i = 0; i < sites.json.length; i++)
      {
         shortName = String(sites.json[i].shortName);
         if (shortName.indexOf(LPODeskDashlets.VENDOR_SITE_PREFIX) === 0 && sites.json[i].title)
         {
            titles[shortName.substring(LPODeskDashlets.VENDOR_SITE_PREFIX.length)] = String(sites.json[i].title);
         }
      }
   }
   return titles;
}

function main()
{
   var month = LPODeskDashlets.month(LPODeskDashlets.today()),
      ids, titles, vendors = [], i, vendorId, usage;

   model.month = month;
   model.allowed = LPODeskDashlets.isMemberOfAny(["GROUP_IMM_ADMINS", "GROUP_ALFRESCO_ADMINISTRATORS"]);
   if (model.allowed)
   {
      ids = vendorIds();
      if (ids === null)
      {
         model.error = msg.get("message.unavailable");
      }
      else
      {
         titles = siteTitles();
         for (i = 0; i < ids.length; i++)
         {
            vendorId = ids[i];
            usage = LPODeskDashlets.getJson("/lpodesk/vendors/" + encodeURIComponent(vendorId) + "/usage?month=" + month);
            vendors.push(
            {
               id: vendorId,
               name: titles.hasOwnProperty(vendorId) ? titles[vendorId] : vendorId,
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
