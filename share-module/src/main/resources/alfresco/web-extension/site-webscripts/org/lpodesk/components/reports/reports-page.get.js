<import resource="classpath:alfresco/web-extension/site-webscripts/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.js">

/**
 * The firm's outsourcing reports for one vendor: GET /lpodesk/reports/outsourcing with the filters
 * of the page's URL (a plain GET form: a report is a link one can bookmark or send). The
 * repository validates the filters, computes every figure (core's indicators) and refuses anyone
 * but the firm's administrators and attorneys; this page only draws what it answers.
 */
var FILTERS = ["vendor", "from", "to", "kind", "granularity"];

function pad(n)
{
   return (n < 10 ? "0" : "") + n;
}

function isoDay(d)
{
   return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
}

function main()
{
   var args = page.url.args, now = new Date(), filters = {}, query = [], vendors, kinds = [], seen = {}, i, j,
      name, value, result;

   model.site = page.url.templateArgs.site ? String(page.url.templateArgs.site) : "";
   vendors = LPODeskDashlets.getJson("/lpodesk/vendors");
   if (!vendors.ok)
   {
      model.error = vendors.status === 403 ? msg.get("message.forbidden")
         : msg.get("message.unavailable", [String(vendors.status)]);
      return;
   }
   model.vendors = [];
   for (i = 0; i < vendors.json.vendors.length; i++)
   {
      var v = vendors.json.vendors[i];
      model.vendors.push({ id: String(v.id), name: String(v.name) });
      for (j = 0; j < (v.taskKinds || []).length; j++)
      {
         if (!seen[v.taskKinds[j].kind])
         {
            seen[v.taskKinds[j].kind] = true;
            kinds.push({ kind: String(v.taskKinds[j].kind), label: String(v.taskKinds[j].label) });
         }
      }
   }
   model.kinds = kinds;
   if (model.vendors.length === 0)
   {
      model.error = msg.get("message.no-vendor");
      return;
   }
   // a year of months up to today unless the URL says otherwise
   filters.vendor = args.vendor ? String(args.vendor) : model.vendors[0].id;
   filters.to = args.to ? String(args.to) : isoDay(now);
   filters.from = args.from ? String(args.from) : isoDay(new Date(now.getFullYear() - 1, now.getMonth() + 1, 1));
   filters.kind = args.kind ? String(args.kind) : "";
   filters.granularity = args.granularity ? String(args.granularity) : "month";
   for (i = 0; i < FILTERS.length; i++)
   {
      name = FILTERS[i];
      value = filters[name];
      if (value !== "")
      {
         query.push(name + "=" + encodeURIComponent(value));
      }
   }
   model.filters = filters;
   model.query = query.join("&");
   model.csvBase = url.context + "/proxy/alfresco/lpodesk/reports/outsourcing?" + model.query + "&format=csv&table=";
   model.scorecardBase = url.context + "/proxy/alfresco/lpodesk/reports/scorecard?vendor=" + encodeURIComponent(filters.vendor)
      + "&quarter=";
   model.quarters = quarters(filters.from, filters.to);
   result = LPODeskDashlets.getJson("/lpodesk/reports/outsourcing?" + model.query);
   if (!result.ok)
   {
      // the repository's sentence names the argument it refused
      model.error = result.json && result.json.message ? String(result.json.message)
         : msg.get("message.unavailable", [String(result.status)]);
      return;
   }
   // the repository's own JSON, handed to the browser as it came
   model.reportJson = result.text;
}

/** The quarters the range touches, newest first (the scorecard is quarterly). */
function quarters(from, to)
{
   var list = [], y, q, first = /^(\d{4})-(\d{2})/.exec(from), last = /^(\d{4})-(\d{2})/.exec(to);
   if (!first || !last)
   {
      return list;
   }
   y = parseInt(last[1], 10);
   q = Math.floor((parseInt(last[2], 10) - 1) / 3) + 1;
   while (list.length < 12 && (y > parseInt(first[1], 10) || (y === parseInt(first[1], 10)
      && q >= Math.floor((parseInt(first[2], 10) - 1) / 3) + 1)))
   {
      list.push(y + "Q" + q);
      q--;
      if (q === 0)
      {
         q = 4;
         y--;
      }
   }
   return list;
}

main();
