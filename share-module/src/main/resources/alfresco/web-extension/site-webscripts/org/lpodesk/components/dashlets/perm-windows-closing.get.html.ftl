<#-- PERM windows closing: model.deadlines (the next PERM clock of each case, overdue first) or model.error -->
<#import "/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.ftl" as lpo/>
<@markup id="css">
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/lpodesk-share/components/dashlets/lpodesk-dashlets.css" group="dashlets"/>
</@>

<@markup id="widgets">
   <@createWidgets group="dashlets"/>
</@>

<@markup id="html">
   <@uniqueIdDiv>
      <div class="dashlet lpodesk-dashlet lpodesk-perm-closing">
         <div class="title">${msg("header")}</div>
         <div class="body scrollableList" <#if args.height??>style="height: ${args.height?html}px;"</#if>>
         <#if error??>
            <div class="lpodesk-message lpodesk-error">${error?html}</div>
         <#elseif deadlines?size == 0>
            <div class="lpodesk-message">${msg("label.none", days)}</div>
         <#else>
            <@lpo.datedTable rows=deadlines headings=[msg("column.due"), msg("column.case"), msg("column.deadline"), msg("column.rule")]
               moreText=(more?? && more)?then(msg("label.more", deadlines?size), "")/>
         </#if>
         </div>
      </div>
   </@>
</@>
