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
