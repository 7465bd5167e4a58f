<#-- USCIS status changes: model.changes (newest first) or model.error -->
<#import "/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.ftl" as lpo/>
<@markup id="css">
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/lpodesk-share/components/dashlets/lpodesk-dashlets.css" group="dashlets"/>
</@>

<@markup id="widgets">
   <@createWidgets group="dashlets"/>
</@>

<@markup id="html">
   <@uniqueIdDiv>
      <div class="dashlet lpodesk-dashlet lpodesk-uscis-changes">
         <div class="title">${msg("header")}</div>
         <div class="body scrollableList" <#if args.height??>style="height: ${args.height?html}px;"</#if>>
         <#if error??>
            <div class="lpodesk-message lpodesk-error">${error?html}</div>
         <#elseif changes?size == 0>
            <div class="lpodesk-message">${msg("label.none", days)}</div>
         <#else>
            <table class="lpodesk-table">
               <thead><tr><th>${msg("column.date")}</th><th>${msg("column.case")}</th><th>${msg("column.change")}</th><th>${msg("column.source")}</th></tr></thead>
               <tbody>
               <#list changes as c>
                  <tr class="<#if c.actionNeeded>lpodesk-due-soon</#if>">
                     <td class="lpodesk-date"><@lpo.day c.checkedOn/></td>
                     <td><#if c.caseNodeRef?has_content><@lpo.caseLink c.caseNodeRef>${c.caseNumber?html}</@lpo.caseLink><#else>${c.caseNumber?html}</#if>
                        <div class="lpodesk-secondary">${c.beneficiary?html} &middot; ${c.receiptNumber?html}</div></td>
                     <td><span class="lpodesk-secondary">${c.previous?html} &rarr;</span> <strong>${c.status?html}</strong>
                        <#if c.actionNeeded><div class="lpodesk-warning">${msg("label.action")}</div></#if></td>
                     <td>${c.source?html}</td>
                  </tr>
               </#list>
               </tbody>
            </table>
         </#if>
         </div>
      </div>
   </@>
</@>
