<#-- My case deadlines: model.deadlines (sorted, overdue first) or model.error -->
<#import "/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.ftl" as lpo/>
<@markup id="css">
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/lpodesk-share/components/dashlets/lpodesk-dashlets.css" group="dashlets"/>
</@>

<@markup id="widgets">
   <@createWidgets group="dashlets"/>
</@>

<@markup id="html">
   <@uniqueIdDiv>
      <div class="dashlet lpodesk-dashlet lpodesk-case-deadlines">
         <div class="title">${msg("header")}</div>
         <div class="body scrollableList" <#if args.height??>style="height: ${args.height?html}px;"</#if>>
         <#if error??>
            <div class="lpodesk-message lpodesk-error">${error?html}</div>
         <#elseif deadlines?size == 0>
            <div class="lpodesk-message">${msg("label.none", days)}</div>
         <#else>
            <table class="lpodesk-table">
               <thead>
                  <tr>
                     <th>${msg("column.due")}</th>
                     <th>${msg("column.case")}</th>
                     <th>${msg("column.deadline")}</th>
                     <th>${msg("column.rule")}</th>
                  </tr>
               </thead>
               <tbody>
               <#list deadlines as d>
                  <tr class="lpodesk-${d.status}">
                     <td class="lpodesk-date">
                        <@lpo.day d.date/>
                        <div class="lpodesk-days">
                        <#if d.daysLeft < 0>${msg("label.overdue", -d.daysLeft)}<#elseif d.daysLeft == 0>${msg("label.today")}<#else>${msg("label.days-left", d.daysLeft)}</#if>
                        </div>
                     </td>
                     <td>
                        <#if d.caseNodeRef?has_content><@lpo.caseLink d.caseNodeRef>${d.caseNumber?html}</@lpo.caseLink><#else>${d.caseNumber?html}</#if>
                        <div class="lpodesk-secondary">${d.beneficiary?html}</div>
                     </td>
                     <td>${d.label?html}</td>
                     <td class="lpodesk-rule">${d.rule?html}</td>
                  </tr>
               </#list>
               </tbody>
            </table>
            <#if more?? && more>
            <div class="lpodesk-message">${msg("label.more", deadlines?size)}</div>
            </#if>
         </#if>
         </div>
      </div>
   </@>
</@>
