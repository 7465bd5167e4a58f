<import resource="classpath:alfresco/web-extension/site-webscripts/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.js">

/**
 * The case page: GET /lpodesk/cases/summary?case=<nodeRef> as the current user. The repository
 * computes every derived value (deadlines and their urgency, allowed next statuses, approval
 * states, step labels) and trims the answer to what the user may read; this controller only
 * passes it on, with the links the page needs.
 */
function main()
{
   var nodeRef = page.url.args.nodeRef ? String(page.url.args.nodeRef) : "",
      site = page.url.templateArgs.site ? String(page.url.templateArgs.site) : "",
      result, checklist;

   model.nodeRef = nodeRef;
   if (!/^workspace:\/\/SpacesStore\/[0-9a-zA-Z-]+$/.test(nodeRef))
   {
      model.error = msg.get("message.no-case");
      return;
   }
   result = LPODeskDashlets.getJson("/lpodesk/cases/summary?case=" + encodeURIComponent(nodeRef));
   if (!result.ok)
   {
      if (result.status === 403)
      {
         model.error = msg.get("message.forbidden");
      }
      else if (result.status === 404)
      {
         model.error = msg.get("message.not-found");
      }
      else
      {
         model.error = msg.get("message.unavailable", [String(result.status)]);
      }
      return;
   }
   model.summary = result.json;
   // the evidence checklist and its completeness, computed by the repository (404: no checklist reader)
   checklist = LPODeskDashlets.getJson("/lpodesk/cases/checklist?nodeRef=" + encodeURIComponent(nodeRef));
   if (checklist.ok)
   {
      model.checklist = checklist.json;
   }
   else
   {
      model.checklistError = msg.get("message.checklist-unavailable", [String(checklist.status)]);
   }
   // links stay in the site the page was opened in, else in the case's own site
   model.site = site || (result.json.site ? String(result.json.site) : "");
   model.pageBase = url.context + "/page" + (model.site ? "/site/" + model.site : "");
   model.widgets = [
   {
      id: "CasePage",
      name: "LPODesk.CasePage",
      options:
      {
         nodeRef: nodeRef,
         siteId: model.site,
         caseNumber: result.json.caseNumber || "",
         noticesFolder: noticesFolder(result.json.folders || [])
      }
   }];
}

/** The case's USCIS notices sub-folder (role USCIS_NOTICES of the case template), where "Add notice" files the notice */
function noticesFolder(folders)
{
   for (var i = 0; i < folders.length; i++)
   {
      if (folders[i].role === "USCIS_NOTICES")
      {
         return String(folders[i].nodeRef);
      }
   }
   return "";
}

main();
