<#-- Vendor assignments: model.tasks [{id, step, title, description, pooled, due, status}] -->
<#import "/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.ftl" as lpo/>
<@markup id="css">
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/lpodesk-share/components/dashlets/lpodesk-dashlets.css" group="dashlets"/>
</@>

<@markup id="widgets">
   <@createWidgets group="dashlets"/>
</@>

<@markup id="html">
   <@uniqueIdDiv>
      <div class="dashlet lpodesk-dashlet lpodesk-vendor-assignments">
         <div class="title">${msg("header")}</div>
         <div class="body scrollableList" <#if args.height??>style="height: ${args.height?html}px;"</#if>>
         <#if error??>
            <div class="lpodesk-message lpodesk-error">${error?html}</div>
         <#elseif tasks?size == 0>
            <div class="lpodesk-message">${msg("label.none")}</div>
         <#else>
            <table class="lpodesk-table">
               <thead>
                  <tr>
                     <th>${msg("column.assignment")}</th>
                     <th>${msg("column.step")}</th>
                     <th>${msg("column.due")}</th>
                     <th>${msg("column.sla")}</th>
                  </tr>
               </thead>
               <tbody>
               <#list tasks as t>
                  <tr class="lpodesk-${t.status}">
                     <td>
                        <a class="theme-color-1" href="${url.context}/page/task-edit?taskId=${t.id?url}">${t.description?html}</a>
                        <#if t.pooled><div class="lpodesk-secondary">${msg("label.pooled")}</div></#if>
                     </td>
                     <td><#if t.step == "immwf:intakeTask">${msg("step.intake")}<#elseif t.step == "immwf:draftingTask">${msg("step.drafting")}<#else>${msg("step.review")}</#if></td>
                     <td class="lpodesk-date"><@lpo.day t.due/></td>
                     <td><#if t.status == "overdue">${msg("sla.overdue")}<#elseif t.status == "due-soon">${msg("sla.due-soon")}<#else>${msg("sla.on-track")}</#if></td>
                  </tr>
               </#list>
               </tbody>
            </table>
         </#if>
         </div>
      </div>
   </@>
</@>
