<import resource="classpath:alfresco/web-extension/site-webscripts/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.js">

/**
 * Outsourced tasks: the running immOutsourcing processes the current user may see (Alfresco's
 * workflow REST API applies the repository's visibility rules), each with its vendor, task kind
 * and case from the start task, its open step, its vendor due date and SLA status, grouped by
 * vendor.
 */
var MAX_PROCESSES = 25;

function describe(instance, today)
{
   var detail = LPODeskDashlets.getJson("/api/workflow-instances/" + encodeURIComponent(instance.id) + "?includeTasks=true"),
      tasks, start = null, open = [], i, task, due;
   if (!detail.ok)
   {
      return null;
   }
   tasks = detail.json.data.tasks || [];
   for (i = 0; i < tasks.length; i++)
   {
      task = tasks[i];
      if (task.id === detail.json.data.startTaskInstanceId)
      {
         start = task;
      }
      else if (task.state === "IN_PROGRESS")
      {
         open.push(task.title);
      }
   }
   due = instance.dueDate ? String(instance.dueDate).substring(0, 10) : "";
   return {
      id: instance.id,
      vendor: start && start.properties.immwf_vendorId ? String(start.properties.immwf_vendorId) : "",
      taskKind: start && start.properties.immwf_taskKind ? String(start.properties.immwf_taskKind) : "",
      caseRef: start && start.properties.immwf_caseId ? String(start.properties.immwf_caseId) : "",
      description: instance.message || instance.description || "",
      step: open.join(", "),
      due: due,
      status: LPODeskDashlets.slaStatus(due, today),
      initiator: instance.initiator ? (instance.initiator.firstName + " " + instance.initiator.lastName) : ""
   };
}

function main()
{
   var today = LPODeskDashlets.today(),
      list = LPODeskDashlets.getJson("/api/workflow-instances?definitionName=" + encodeURIComponent("activiti$immOutsourcing") +
         "&state=active&maxItems=" + MAX_PROCESSES),
      byVendor = {}, vendors = [], counts = { overdue: 0, "due-soon": 0, "on-track": 0 },
      instances, i, row, name;

   if (!list.ok)
   {
      model.error = msg.get("message.unavailable", [String(list.status)]);
   }
   else
   {
      instances = list.json.data || [];
      for (i = 0; i < instances.length; i++)
      {
         row = describe(instances[i], today);
         if (row === null)
         {
            continue;
         }
         counts[row.status]++;
         if (!byVendor.hasOwnProperty(row.vendor))
         {
            byVendor[row.vendor] = [];
            vendors.push(row.vendor);
         }
         byVendor[row.vendor].push(row);
      }
      vendors.sort();
      model.groups = [];
      for (i = 0; i < vendors.length; i++)
      {
         name = vendors[i];
         byVendor[name].sort(function(a, b)
         {
            return a.due < b.due ? -1 : (a.due > b.due ? 1 : 0);
         });
         model.groups.push({ vendor: name, tasks: byVendor[name] });
      }
      model.counts = counts;
      model.truncated = list.json.paging && list.json.paging.totalItems > MAX_PROCESSES;
   }
   model.widgets = LPODeskDashlets.standardWidgets(msg.get("dashlet.help"));
}

main();
