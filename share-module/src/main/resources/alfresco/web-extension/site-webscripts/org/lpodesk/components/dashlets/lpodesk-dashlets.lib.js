/**
 * Helpers shared by LPO Desk's dashlet controllers (Surf server-side JavaScript, imported by
 * each controller's import directive from the classpath).
 * The controllers read the repository as the current user through Surf's "alfresco" connector,
 * so a dashlet never shows what the user could not open in the repository.
 */
var LPODeskDashlets =
{
   /** Days before a due date at which a task or deadline counts as "due soon" */
   DUE_SOON_DAYS: 2,

   /** The repository's default vendor site prefix (module property lpodesk.vendor.sitePrefix) */
   VENDOR_SITE_PREFIX: "lpo-",

   /** The vendor site preset (alfresco/web-extension/site-data/presets/lpodesk-presets.xml) */
   VENDOR_SITE_PRESET: "lpodesk-vendor-site-dashboard",

   /** The style of each urgency the repository names (core's Urgency) */
   URGENCY_CLASS: { OVERDUE: "overdue", SOON: "due-soon", LATER: "on-track" },

   /**
    * A dated list of the repository (GET /lpodesk/deadlines, /lpodesk/perm/closing) as the dashlet
    * shows it: overdue first, then the nearest; days counted from the repository's "today" (the
    * firm's zone) when it sends one.
    *
    * @param texts the calling dashlet's words: label(item) the line's label, days(n) the days left
    *              (negative: overdue), unavailable(status) the error
    * @return { error } or { rows, more }
    */
   datedRows: function datedRows(path, texts)
   {
      var result = LPODeskDashlets.getJson(path),
         today = result.ok && result.json.today ? String(result.json.today) : LPODeskDashlets.today(),
         rows = [], source, item, i;
      if (!result.ok)
      {
         return { error: texts.unavailable(String(result.status)) };
      }
      source = result.json.deadlines || [];
      for (i = 0; i < source.length; i++)
      {
         item = source[i];
         rows.push(
         {
            date: item.date,
            daysLeft: LPODeskDashlets.daysBetween(today, item.date),
            daysText: texts.days(LPODeskDashlets.daysBetween(today, item.date)),
            status: LPODeskDashlets.URGENCY_CLASS[String(item.urgency)] || "on-track",
            label: texts.label(item),
            rule: item.rule || "",
            caseNodeRef: item.caseNodeRef || "",
            caseNumber: item.caseNumber || "",
            beneficiary: item.beneficiary || ""
         });
      }
      rows.sort(function(a, b)
      {
         return a.daysLeft - b.daysLeft;
      });
      // the repository pages its answer: say so rather than cut the list silently
      return { rows: rows, more: result.json.hasMore === true };
   },

   /**
    * GET a repository JSON resource.
    * @return {object} { ok: boolean, status: number, json: object|null (on failure: the error body, when JSON) }
    */
   getJson: function getJson(path)
   {
      var result = remote.connect("alfresco").get(path),
         status = Number(result.status.code);
      if (status !== 200)
      {
         // a refusal's body says why (the repository's JSON error: { message: ... }), when it is JSON
         var error = null;
         try
         {
            error = JSON.parse(String(result.response));
         }
         catch (notJson)
         {
            error = null;
         }
         return { ok: false, status: status, json: error };
      }
      return { ok: true, status: status, json: JSON.parse(String(result.response)), text: String(result.response) };
   },

   /** Today's date in the server's zone, YYYY-MM-DD */
   today: function today()
   {
      return LPODeskDashlets.isoDate(new Date());
   },

   /** YYYY-MM-DD of a Date */
   isoDate: function isoDate(date)
   {
      var m = date.getMonth() + 1, d = date.getDate();
      return date.getFullYear() + "-" + (m < 10 ? "0" : "") + m + "-" + (d < 10 ? "0" : "") + d;
   },

   /** The month of a YYYY-MM-DD date, YYYY-MM */
   month: function month(isoDay)
   {
      return isoDay.substring(0, 7);
   },

   /** Whole days from "from" to "to" (both YYYY-MM-DD or ISO 8601 date-times; the date part counts) */
   daysBetween: function daysBetween(from, to)
   {
      var a = LPODeskDashlets.utcDay(from), b = LPODeskDashlets.utcDay(to);
      return Math.round((b - a) / 86400000);
   },

   utcDay: function utcDay(iso)
   {
      var parts = String(iso).substring(0, 10).split("-");
      return Date.UTC(parseInt(parts[0], 10), parseInt(parts[1], 10) - 1, parseInt(parts[2], 10));
   },

   /** "overdue", "due-soon" or "on-track" for a due date seen from today */
   slaStatus: function slaStatus(due, today)
   {
      if (!due)
      {
         return "on-track";
      }
      var days = LPODeskDashlets.daysBetween(today, due);
      if (days < 0)
      {
         return "overdue";
      }
      return days <= LPODeskDashlets.DUE_SOON_DAYS ? "due-soon" : "on-track";
   },

   /** Whether the current user is in one of the given groups (e.g. GROUP_IMM_ADMINS) */
   isMemberOfAny: function isMemberOfAny(groupNames)
   {
      var result = LPODeskDashlets.getJson("/api/people/" + encodeURIComponent(user.name) + "?groups=true"),
         groups, i, j;
      if (!result.ok || !result.json.groups)
      {
         return false;
      }
      groups = result.json.groups;
      for (i = 0; i < groups.length; i++)
      {
         for (j = 0; j < groupNames.length; j++)
         {
            if (groups[i].itemName === groupNames[j])
            {
               return true;
            }
         }
      }
      return false;
   },

   /** The dashlet resizer and help bubble every Share dashlet has */
   standardWidgets: function standardWidgets(helpText)
   {
      return [
      {
         id: "DashletResizer",
         name: "Alfresco.widget.DashletResizer",
         initArgs: ["\"" + args.htmlid + "\"", "\"" + instance.object.id + "\""],
         useMessages: false
      },
      {
         id: "DashletTitleBarActions",
         name: "Alfresco.widget.DashletTitleBarActions",
         useMessages: false,
         options:
         {
            actions: [
            {
               cssClass: "help",
               bubbleOnClick: { message: helpText },
               tooltip: helpText
            }]
         }
      }];
   }
};
