/**
 * LPO Desk: the body of the repository's validated start request (POST /lpodesk/outsourcing)
 * built from the fields of the immOutsourcing start form, so that Share starts an outsourced task
 * through the same checks as every other client (vetting, engagement, consent, sharing policy,
 * due date) and shows every reason of a refusal. ES5 only.
 */
var LPODesk = LPODesk || {};
LPODesk.outsourcing = LPODesk.outsourcing || {};

(function()
{
   var trim = function LPODesk_trim(value)
   {
      return value === undefined || value === null ? "" : String(value).replace(/^\s+|\s+$/g, "");
   };

   var integer = function LPODesk_integer(value)
   {
      var text = trim(value);
      return text.length === 0 ? undefined : parseInt(text, 10);
   };

   /**
    * @param form {object} the start form's submitted fields (prop_immwf_caseId, assoc_packageItems_added, ...)
    * @param documents {Array} node references that must travel whatever the form holds (the action's document)
    * @return {object} { caseId, vendorId, taskKind, dueDate, documents, piiReason, description, priority, reminderLeadHours }
    */
   LPODesk.outsourcing.requestBody = function LPODesk_requestBody(form, documents)
   {
      var body = {}, refs = [], added = trim(form.assoc_packageItems_added), all, i, ref, due;

      all = (documents || []).concat(added.length > 0 ? added.split(",") : []);
      for (i = 0; i < all.length; i++)
      {
         ref = trim(all[i]);
         if (ref.length > 0 && refs.indexOf(ref) === -1)
         {
            refs.push(ref);
         }
      }

      body.caseId = trim(form.prop_immwf_caseId);
      body.vendorId = trim(form.prop_immwf_vendorId);
      body.taskKind = trim(form.prop_immwf_taskKind);
      body.documents = refs;
      // Share's date control submits an ISO 8601 date or date-time; the repository wants YYYY-MM-DD
      due = trim(form.prop_bpm_workflowDueDate);
      if (due.length > 0)
      {
         body.dueDate = due.substring(0, 10);
      }
      if (trim(form.prop_immwf_piiReason).length > 0)
      {
         body.piiReason = trim(form.prop_immwf_piiReason);
      }
      // the start form's instructions (immwf:instructions: a brief, longer than a workflow description)
      if (trim(form.prop_immwf_instructions).length > 0)
      {
         body.description = trim(form.prop_immwf_instructions);
      }
      else if (trim(form.prop_bpm_workflowDescription).length > 0)
      {
         body.description = trim(form.prop_bpm_workflowDescription);
      }
      if (integer(form.prop_bpm_workflowPriority) !== undefined)
      {
         body.priority = integer(form.prop_bpm_workflowPriority);
      }
      if (integer(form.prop_immwf_reminderLeadHours) !== undefined)
      {
         body.reminderLeadHours = integer(form.prop_immwf_reminderLeadHours);
      }
      return body;
   };

   /**
    * The text of a refusal: each reason on its own line when the repository lists them (409),
    * else its message (400 names the malformed field).
    *
    * @param json {object} the error body ({ message, reasons })
    * @return {string}
    */
   LPODesk.outsourcing.refusalText = function LPODesk_refusalText(json)
   {
      var lines = [], i;
      if (json && json.reasons && json.reasons.length > 0)
      {
         for (i = 0; i < json.reasons.length; i++)
         {
            lines.push("\u2022 " + json.reasons[i]);
         }
      }
      else if (json && json.message)
      {
         lines.push(String(json.message));
      }
      return lines.join("\n");
   };
})();
