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
      result, checklist, perm, uscis, mail, caseId;

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
   // a PERM case: its record and the timeline the repository computed (the page draws, never computes)
   if (String(result.json.caseType || "") === "PERM")
   {
      perm = LPODeskDashlets.getJson("/lpodesk/cases/perm?case=" + encodeURIComponent(nodeRef));
      if (perm.ok)
      {
         model.perm = perm.json;
      }
      else
      {
         model.permError = msg.get("message.perm-unavailable", [String(perm.status)]);
      }
   }
   // the USCIS status log of the case's receipt numbers, as the repository recorded it
   uscis = LPODeskDashlets.getJson("/lpodesk/cases/uscis-status?case=" + encodeURIComponent(nodeRef));
   if (uscis.ok)
   {
      model.uscis = uscis.json;
   }
   else
   {
      model.uscisError = msg.get("message.uscis-unavailable", [String(uscis.status)]);
   }
   // the case's e-mail: its conversations and quarantine as the repository grouped them (the page never threads)
   caseId = encodeURIComponent(nodeRef.substring(nodeRef.lastIndexOf("/") + 1));
   mail = LPODeskDashlets.getJson("/lpodesk/cases/" + caseId + "/correspondence");
   if (mail.ok)
   {
      model.mail = mail.json;
   }
   else
   {
      model.mailError = msg.get("message.mail-unavailable", [String(mail.status)]);
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
         noticesFolder: noticesFolder(result.json.folders || []),
         mailDocuments: mailDocuments(model.mail),
         perm: model.perm ? permChart(model.perm) : null
      }
   }];
}

/**
 * What the PERM timeline picture needs, as the repository computed it: the steps, the filing
 * window, the open clocks and the day the ETA-9089 was filed (the browser only draws)
 */
function permChart(perm)
{
   var steps = [], clocks = [], i, s, c;
   for (i = 0; i < (perm.steps || []).length; i++)
   {
      s = perm.steps[i];
      steps.push({ label: String(s.kindLabel || s.kind), start: String(s.start), end: String(s.end), additional: !!s.additional });
   }
   for (i = 0; i < (perm.countdowns || []).length; i++)
   {
      c = perm.countdowns[i];
      clocks.push({ label: String(c.label), date: String(c.date), open: !!c.open, urgency: c.urgency ? String(c.urgency) : "" });
   }
   return {
      steps: steps,
      clocks: clocks,
      earliest: perm.earliestFiling ? String(perm.earliestFiling.date) : "",
      latest: perm.latestFiling ? String(perm.latestFiling.date) : "",
      filedOn: perm.filedOn ? String(perm.filedOn) : "",
      today: String(perm.today)
   };
}

/** The case's documents a reply may attach, as the repository listed them for the send dialog */
function mailDocuments(mail)
{
   var documents = [], i, d;
   for (i = 0; mail && i < (mail.documents || []).length; i++)
   {
      d = mail.documents[i];
      documents.push({ id: String(d.id), name: String(d.name), folder: String(d.folder || "") });
   }
   return documents;
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
