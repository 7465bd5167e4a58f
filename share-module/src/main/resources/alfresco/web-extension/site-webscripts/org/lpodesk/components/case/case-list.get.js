<import resource="classpath:alfresco/web-extension/site-webscripts/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.js">

/**
 * The firm site's case list: GET /lpodesk/cases with the filters of the page's URL (a plain GET
 * form, so a filtered list is a link one can bookmark or send). The repository validates the
 * filters, filters, sorts, pages and computes each case's urgency, and refuses LPO users; the
 * filter choices are the model's own (case statuses and types with their labels, from the form
 * service) and the members of GROUP_IMM_ATTORNEYS.
 */
var PAGE_SIZE = 25;
var FILTERS = ["status", "type", "attorney", "dueWithinDays", "openOutsourcing", "sort", "dir"];

function main()
{
   var site = page.url.templateArgs.site ? String(page.url.templateArgs.site) : "",
      args = page.url.args,
      query = [], filters = {}, skip = 0, result, i, name, value;

   model.site = site;
   if (!site)
   {
      model.error = msg.get("message.no-site");
      return;
   }
   for (i = 0; i < FILTERS.length; i++)
   {
      name = FILTERS[i];
      value = args[name] ? String(args[name]) : "";
      filters[name] = value;
      if (value !== "")
      {
         query.push(name + "=" + encodeURIComponent(value));
      }
   }
   if (args.skip && /^\d+$/.test(String(args.skip)))
   {
      skip = parseInt(String(args.skip), 10);
   }
   model.filters = filters;
   model.query = query.join("&");
   model.csvUrl = url.context + "/proxy/alfresco/lpodesk/cases?site=" + encodeURIComponent(site) +
      (model.query ? "&" + model.query : "") + "&format=csv";
   result = LPODeskDashlets.getJson("/lpodesk/cases?site=" + encodeURIComponent(site) + (model.query ? "&" + model.query : "") +
      "&skip=" + skip + "&max=" + PAGE_SIZE);
   if (!result.ok)
   {
      if (result.status === 403)
      {
         model.error = msg.get("message.forbidden");
      }
      else if (result.status === 400)
      {
         model.error = msg.get("message.bad-filter", [errorText(result)]);
      }
      else
      {
         model.error = msg.get("message.unavailable", [String(result.status)]);
      }
      return;
   }
   model.cases = result.json.cases || [];
   model.skip = skip;
   model.pageSize = PAGE_SIZE;
   model.total = result.json.total;
   model.hasMore = result.json.hasMore === true;
   model.choices = choices();
   model.attorneys = attorneys();
}

/** The repository's message of a refused request ("" when none) */
function errorText(result)
{
   return result.json && result.json.message ? String(result.json.message) : "";
}

/** The case statuses and types with their labels: the model's list constraints as Share's forms show them */
function choices()
{
   var out = { status: [], type: [] },
      response = remote.connect("alfresco").post("/api/formdefinitions",
         jsonUtils.toJSONString({ itemKind: "type", itemId: "imm:case", fields: ["imm:caseStatus", "imm:caseType"] }),
         "application/json"),
      fields, i, j, constraints, values, parts, key;
   if (Number(response.status.code) !== 200)
   {
      return out;
   }
   fields = JSON.parse(String(response.response)).data.definition.fields;
   for (i = 0; i < fields.length; i++)
   {
      // the form service names a field by its property ("imm:caseStatus"), its data by dataKeyName
      key = fields[i].name === "imm:caseStatus" ? "status" : fields[i].name === "imm:caseType" ? "type" : null;
      constraints = fields[i].constraints || [];
      for (j = 0; key !== null && j < constraints.length; j++)
      {
         if (constraints[j].type === "LIST")
         {
            values = constraints[j].parameters.allowedValues || [];
            for (var k = 0; k < values.length; k++)
            {
               parts = String(values[k]).split("|");
               out[key].push({ value: parts[0], label: parts.length > 1 ? parts[1] : parts[0] });
            }
         }
      }
   }
   return out;
}

/** The firm's attorneys (GROUP_IMM_ATTORNEYS), by name */
function attorneys()
{
   var result = LPODeskDashlets.getJson("/api/groups/IMM_ATTORNEYS/children?authorityType=USER&maxItems=500"),
      out = [], data, i;
   if (!result.ok)
   {
      return out;
   }
   data = result.json.data || [];
   for (i = 0; i < data.length; i++)
   {
      out.push({ userName: String(data[i].shortName), name: String(data[i].displayName || data[i].shortName) });
   }
   out.sort(function(a, b)
   {
      return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
   });
   return out;
}

main();
