<#-- Outsourced tasks: model.groups [{vendor, tasks: [{id, taskKind, description, step, due, status, initiator}]}], model.counts -->
<#import "/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.ftl" as lpo/>
<@markup id="css">
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/lpodesk-share/components/dashlets/lpodesk-dashlets.css" group="dashlets"/>
</@>

<@markup id="widgets">
   <@createWidgets group="dashlets"/>
</@>

<@markup id="html">
   <@uniqueIdDiv>
      <div class="dashlet lpodesk-dashlet lpodesk-outsourced-tasks">
         <div class="title">${msg("header")}</div>
         <div class="body scrollableList" <#if args.height??>style="height: ${args.height?html}px;"</#if>>
         <#if error??>
            <div class="lpodesk-message lpodesk-error">${error?html}</div>
         <#elseif groups?size == 0>
            <div class="lpodesk-message">${msg("label.none")}</div>
         <#else>
            <div class="lpodesk-summary">
               <span class="lpodesk-overdue">${msg("summary.overdue", counts["overdue"])}</span>
               <span class="lpodesk-due-soon">${msg("summary.due-soon", counts["due-soon"])}</span>
               <span class="lpodesk-on-track">${msg("summary.on-track", counts["on-track"])}</span>
            </div>
            <#list groups as g>
            <h3 class="lpodesk-group">${msg("label.vendor", g.vendor)}</h3>
            <table class="lpodesk-table">
               <thead>
                  <tr>
                     <th>${msg("column.task")}</th>
                     <th>${msg("column.step")}</th>
                     <th>${msg("column.due")}</th>
                     <th>${msg("column.sla")}</th>
                  </tr>
               </thead>
               <tbody>
               <#list g.tasks as t>
                  <tr class="lpodesk-${t.status}">
                     <td>
                        <a class="theme-color-1" href="${url.context}/page/workflow-details?workflowId=${t.id?url}"><#if t.taskKind?has_content>${msg("taskKind." + t.taskKind)?html}<#else>${msg("label.no-kind")}</#if></a>
                        <div class="lpodesk-secondary">${t.description?html}</div>
                        <div class="lpodesk-secondary">${msg("label.requested-by", t.initiator)}</div>
                        <#if t.caseRef?has_content><div class="lpodesk-secondary"><@lpo.caseLink t.caseRef>${msg("label.case-page")}</@lpo.caseLink></div></#if>
                     </td>
                     <td>${t.step?html}</td>
                     <td class="lpodesk-date"><@lpo.day t.due/></td>
                     <td><#if t.status == "overdue">${msg("sla.overdue")}<#elseif t.status == "due-soon">${msg("sla.due-soon")}<#else>${msg("sla.on-track")}</#if></td>
                  </tr>
               </#list>
               </tbody>
            </table>
            </#list>
            <#if truncated><div class="lpodesk-message">${msg("label.truncated")}</div></#if>
         </#if>
         </div>
      </div>
   </@>
</@>
