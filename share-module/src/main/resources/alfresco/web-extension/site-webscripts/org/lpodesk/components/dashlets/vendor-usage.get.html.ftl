<#-- Vendor usage this month: model.vendors [{id, name, available, usage (the repository's MonthlyUsageJson), csvUrl}] -->
<@markup id="css">
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/lpodesk-share/components/dashlets/lpodesk-dashlets.css" group="dashlets"/>
</@>

<@markup id="widgets">
   <@createWidgets group="dashlets"/>
</@>

<@markup id="html">
   <@uniqueIdDiv>
      <div class="dashlet lpodesk-dashlet lpodesk-vendor-usage">
         <div class="title">${msg("header", month)}</div>
         <div class="body scrollableList" <#if args.height??>style="height: ${args.height?html}px;"</#if>>
         <#if !allowed>
            <div class="lpodesk-message">${msg("label.admins-only")}</div>
         <#elseif error??>
            <div class="lpodesk-message lpodesk-error">${error?html}</div>
         <#elseif vendors?size == 0>
            <div class="lpodesk-message">${msg("label.none")}</div>
         <#else>
            <table class="lpodesk-table">
               <thead>
                  <tr>
                     <th>${msg("column.vendor")}</th>
                     <th>${msg("column.tasks")}</th>
                     <th>${msg("column.sla")}</th>
                     <th>${msg("column.package")}</th>
                     <th>${msg("column.overage")}</th>
                     <th>${msg("column.flat-fees")}</th>
                     <th>${msg("column.total")}</th>
                  </tr>
               </thead>
               <tbody>
               <#list vendors as v>
                  <tr>
                     <td>
                        ${v.name?html}
                        <div class="lpodesk-secondary"><a class="theme-color-1" href="${url.context}/proxy/alfresco${v.csvUrl?html}">${msg("link.csv")}</a></div>
                     </td>
                  <#if v.available>
                     <#assign u = v.usage>
                     <td>${msg("label.tasks", u.tasks, u.onTime, u.late)}</td>
                     <td><#if u.tasks gt 0>${msg("label.percent", (u.slaCompliance * 100)?string("0"))}<#else>${msg("label.not-applicable")}</#if></td>
                     <td>${msg("label.package", u["package"].hoursUsed, u["package"].hoursLeft, u["package"].hours)}</td>
                     <td><#if u["package"].overageHours gt 0><span class="lpodesk-overdue">${msg("label.overage", u["package"].overageHours, u["package"].overageAmount, u.currency)}</span><#else>${msg("label.no-overage")}</#if></td>
                     <td>${msg("label.amount", u.flatFeeTotal, u.currency)}</td>
                     <td>${msg("label.amount", u.totalCharge, u.currency)}</td>
                  <#else>
                     <td colspan="6" class="lpodesk-error">${msg("label.usage-unavailable")}</td>
                  </#if>
                  </tr>
               </#list>
               </tbody>
            </table>
         </#if>
         </div>
      </div>
   </@>
</@>
