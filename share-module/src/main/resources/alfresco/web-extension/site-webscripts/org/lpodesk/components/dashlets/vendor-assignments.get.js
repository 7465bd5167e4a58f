<import resource="classpath:alfresco/web-extension/site-webscripts/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.js">

/**
 * Vendor assignments: the current user's open outsourcing tasks (assigned, or pooled to the
 * user's vendor group: intake for managers, quality review for reviewers), due dates first.
 * Alfresco's task REST API returns only tasks the user may act on.
 */
var OUTSOURCING_STEPS = ["immwf:intakeTask", "immwf:draftingTask", "immwf:lpoReviewTask"];

function main()
{
   var today = LPODeskDashlets.today(),
      result = LPODeskDashlets.getJson("/api/task-instances?authority=" + encodeURIComponent(user.name) +
         "&state=IN_PROGRESS&properties=bpm_description,bpm_dueDate,bpm_priority"),
      tasks = [], source, task, due, i;

   if (!result.ok)
   {
      model.error = msg.get("message.unavailable", [String(result.status)]);
   }
   else
   {
      source = result.json.data || [];
      for (i = 0; i < source.length; i++)
      {
         task = source[i];
         if (OUTSOURCING_STEPS.indexOf(String(task.name)) === -1)
         {
            continue;
         }
         due = task.properties.bpm_dueDate ? String(task.properties.bpm_dueDate).substring(0, 10) : "";
         tasks.push(
         {
            id: task.id,
            step: String(task.name),
            title: task.title,
            description: task.properties.bpm_description || task.description || "",
            pooled: task.isPooled === true,
            due: due,
            status: LPODeskDashlets.slaStatus(due, today)
         });
      }
      tasks.sort(function(a, b)
      {
         // Tasks without a due date last
         var x = a.due || "9999", y = b.due || "9999";
         return x < y ? -1 : (x > y ? 1 : 0);
      });
      model.tasks = tasks;
   }
   model.widgets = LPODeskDashlets.standardWidgets(msg.get("dashlet.help"));
}

main();
