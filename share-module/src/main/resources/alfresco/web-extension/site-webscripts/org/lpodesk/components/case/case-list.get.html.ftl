<#-- LPO Desk case list: model.cases (a page), the filters, the choices; or model.error -->
<#import "/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.ftl" as lpo/>
<@markup id="css">
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/lpodesk-share/components/case/case-page.css" group="lpodesk-cases"/>
</@>

<@markup id="widgets">
   <@createWidgets group="lpodesk-cases"/>
</@>

<#macro option value label current><option value="${value?html}"<#if value == current> selected="selected"</#if>>${label?html}</option></#macro>
<#macro pageLink skipTo label><a class="theme-color-1" href="${url.context}/page/site/${site?url}/lpodesk-cases?${query?html}<#if query?has_content>&amp;</#if>skip=${skipTo?c}">${label}</a></#macro>

<@markup id="html">
   <@uniqueIdDiv>
   <#assign el=args.htmlid?html>
   <div id="${el}-body" class="lpodesk-case-list">
      <h2>${msg("header")}</h2>
   <#if error??>
      <div class="lpodesk-message lpodesk-error">${error?html}</div>
   <#else>
      <form class="lpodesk-case-filters" method="get" action="${url.context}/page/site/${site?url}/lpodesk-cases">
         <span class="lpodesk-filter"><label for="${el}-status">${msg("filter.status")}</label>
         <select id="${el}-status" name="status">
            <@option "" msg("filter.status.open") filters.status/>
            <@option "ALL" msg("filter.status.all") filters.status/>
            <#list choices.status as c><@option c.value c.label filters.status/></#list>
         </select></span>
         <span class="lpodesk-filter"><label for="${el}-type">${msg("filter.type")}</label>
         <select id="${el}-type" name="type">
            <@option "" msg("filter.type.any") filters.type/>
            <#list choices.type as c><@option c.value c.label filters.type/></#list>
         </select></span>
         <span class="lpodesk-filter"><label for="${el}-attorney">${msg("filter.attorney")}</label>
         <select id="${el}-attorney" name="attorney">
            <@option "" msg("filter.attorney.any") filters.attorney/>
            <#list attorneys as a><@option a.userName a.name filters.attorney/></#list>
         </select></span>
         <span class="lpodesk-filter"><label for="${el}-due">${msg("filter.due")}</label>
         <select id="${el}-due" name="dueWithinDays">
            <@option "" msg("filter.due.any") filters.dueWithinDays/>
            <#list ["7", "14", "30", "60", "90"] as d><@option d msg("filter.due.days", d) filters.dueWithinDays/></#list>
         </select></span>
         <span class="lpodesk-filter"><label><input type="checkbox" name="openOutsourcing" value="true"<#if filters.openOutsourcing == "true"> checked="checked"</#if>/> ${msg("filter.outsourcing")}</label></span>
         <span class="lpodesk-filter"><label for="${el}-sort">${msg("filter.sort")}</label>
         <select id="${el}-sort" name="sort">
            <@option "deadline" msg("sort.deadline") filters.sort/>
            <@option "number" msg("sort.number") filters.sort/>
            <@option "beneficiary" msg("sort.beneficiary") filters.sort/>
         </select>
         <select id="${el}-dir" name="dir">
            <@option "asc" msg("dir.asc") filters.dir/>
            <@option "desc" msg("dir.desc") filters.dir/>
         </select></span>
         <button type="submit">${msg("button.apply")}</button>
         <a class="theme-color-1" href="${url.context}/page/site/${site?url}/lpodesk-cases">${msg("button.reset")}</a>
         <a class="theme-color-1 lpodesk-csv" href="${csvUrl?html}">${msg("link.csv")}</a>
      </form>
      <#if cases?size == 0>
         <div class="lpodesk-message">${msg("label.none")}</div>
      <#else>
         <div class="lpodesk-message"><#if total??>${msg("label.range", skip + 1, skip + cases?size, total)}<#else>${msg("label.count", cases?size)}</#if></div>
         <table class="lpodesk-table">
            <thead><tr>
               <th>${msg("column.case")}</th><th>${msg("column.type")}</th><th>${msg("column.status")}</th>
               <th>${msg("column.beneficiary")}</th><th>${msg("column.petitioner")}</th><th>${msg("column.attorney")}</th>
               <th>${msg("column.deadline")}</th><th>${msg("column.uscis")}</th><th class="lpodesk-number">${msg("column.outsourcing")}</th>
            </tr></thead>
            <tbody>
            <#list cases as c>
               <tr class="<#if c.urgency?has_content>lpodesk-urgency-${c.urgency?lower_case}</#if>">
                  <td class="lpodesk-date"><a class="theme-color-1 lpodesk-case-link" href="${url.context}/page/site/${site?url}/lpodesk-case?nodeRef=${c.nodeRef?url}">${(c.caseNumber!"")?html}</a></td>
                  <td>${(c.caseTypeLabel!c.caseType!"")?html}</td>
                  <td>${(c.statusLabel!c.status!"")?html}</td>
                  <td>${(c.beneficiary!"")?html}</td>
                  <td>${(c.petitioner!"")?html}</td>
                  <td>${(c.responsibleAttorneyName!c.responsibleAttorney!"")?html}</td>
                  <#-- the rule behind the date is on the case page, and here as the cell's tooltip -->
                  <td class="lpodesk-date"<#if c.caseDeadlineRule?has_content> title="${c.caseDeadlineRule?html}"</#if>><#if c.caseDeadline?has_content><@lpo.day c.caseDeadline/>
                     <div class="lpodesk-days"><#if (c.daysLeft!0) < 0>${msg("label.overdue", -(c.daysLeft!0))}<#elseif (c.daysLeft!0) == 0>${msg("label.today")}<#else>${msg("label.days-left", c.daysLeft!0)}</#if></div></#if></td>
                  <#-- USCIS's own words, as the repository last recorded them, and the day -->
                  <td><#if c.uscis??>${(c.uscis.status!"")?html}<div class="lpodesk-secondary"><@lpo.day c.uscis.checkedOn/></div><#else><span class="lpodesk-secondary">${msg("label.no-uscis")}</span></#if></td>
                  <td class="lpodesk-number">${(c.openOutsourcing!0)?c}</td>
               </tr>
            </#list>
            </tbody>
         </table>
         <div class="lpodesk-paging">
            <#if skip gt 0><@pageLink [skip - pageSize, 0]?max msg("label.previous")/></#if>
            <#if hasMore><@pageLink skip + pageSize msg("label.next")/></#if>
         </div>
      </#if>
   </#if>
   </div>
   </@>
</@>
