<#--
   Shared by LPO Desk's dashlet templates. A calendar date (YYYY-MM-DD from the repository) in the
   format the user's language uses (lpodesk.date.format of the global bundle: MM/dd/yyyy for US
   English), never the ISO form and never shifted by a time zone: it is a day, not an instant.
-->
<#macro day iso><#if iso?has_content>${iso?date("yyyy-MM-dd")?string(msg("lpodesk.date.format"))?html}</#if></#macro>
<#--
   A link to LPO Desk's case page of a case folder: in the site of the dashboard it is on, else
   outside any site (Share's header then shows no site navigation).
-->
<#macro caseLink nodeRef><#assign lpodeskSite=(page.url.templateArgs.site)!""><a class="theme-color-1 lpodesk-case-link" href="${url.context}/page<#if lpodeskSite?has_content>/site/${lpodeskSite?url}</#if>/lpodesk-case?nodeRef=${nodeRef?url}"><#nested></a></#macro>
<#--
   A dated list (case deadlines, PERM windows closing): due day with the days left, the case linked
   to its page with the beneficiary, what is due, and the rule or finding. The words are the calling
   dashlet's: its column headings and its "more" sentence; each row's days text comes from its controller.
-->
<#macro datedTable rows headings moreText="">
   <table class="lpodesk-table">
      <thead>
         <tr><#list headings as h><th>${h?html}</th></#list></tr>
      </thead>
      <tbody>
      <#list rows as d>
         <tr class="lpodesk-${d.status}">
            <td class="lpodesk-date">
               <@day d.date/>
               <div class="lpodesk-days">${d.daysText?html}</div>
            </td>
            <td>
               <#if d.caseNodeRef?has_content><@caseLink d.caseNodeRef>${d.caseNumber?html}</@caseLink><#else>${d.caseNumber?html}</#if>
               <div class="lpodesk-secondary">${d.beneficiary?html}</div>
            </td>
            <td>${d.label?html}</td>
            <td class="lpodesk-rule">${d.rule?html}</td>
         </tr>
      </#list>
      </tbody>
   </table>
   <#if moreText?has_content>
   <div class="lpodesk-message">${moreText?html}</div>
   </#if>
</#macro>
