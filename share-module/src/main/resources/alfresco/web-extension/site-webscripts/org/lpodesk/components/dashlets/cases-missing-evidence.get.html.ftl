<#-- Cases missing evidence: model.cases (the repository's order) or model.error -->
<#import "/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.ftl" as lpo/>
<@markup id="css">
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/lpodesk-share/components/dashlets/lpodesk-dashlets.css" group="dashlets"/>
</@>

<@markup id="widgets">
   <@createWidgets group="dashlets"/>
</@>

<@markup id="html">
   <@uniqueIdDiv>
      <div class="dashlet lpodesk-dashlet lpodesk-cases-missing-evidence">
         <div class="title">${msg("header")}</div>
         <div class="body scrollableList" <#if args.height??>style="height: ${args.height?html}px;"</#if>>
         <#if error??>
            <div class="lpodesk-message lpodesk-error">${error?html}</div>
         <#elseif cases?size == 0>
            <div class="lpodesk-message">${msg("label.none")}</div>
         <#else>
            <table class="lpodesk-table">
               <thead>
                  <tr>
                     <th>${msg("column.case")}</th>
                     <th>${msg("column.missing")}</th>
                     <th>${msg("column.deadline")}</th>
                  </tr>
               </thead>
               <tbody>
               <#list cases as c>
                  <tr<#if c.status?has_content> class="lpodesk-${c.status?html}"</#if>>
                     <td>
                        <#if c.nodeRef?has_content><@lpo.caseLink c.nodeRef>${c.caseNumber?html}</@lpo.caseLink><#else>${c.caseNumber?html}</#if>
                        <div class="lpodesk-secondary">${c.caseTypeLabel?html} &middot; ${c.beneficiary?html}</div>
                     </td>
                     <td>
                        ${msg("label.missing", c.missing, c.required)}
                        <div class="lpodesk-rule">${c.summary?html}</div>
                     </td>
                     <td class="lpodesk-date"><#if c.deadline?has_content><@lpo.day c.deadline/><#else>${msg("label.no-deadline")}</#if></td>
                  </tr>
               </#list>
               </tbody>
            </table>
            <#if total gt cases?size>
            <div class="lpodesk-message">${msg("label.more", cases?size, total)}</div>
            </#if>
         </#if>
         </div>
      </div>
   </@>
</@>
