<#--
   Shared by LPO Desk's dashlet templates. A calendar date (YYYY-MM-DD from the repository) in the
   format the user's language uses (lpodesk.date.format of the global bundle: MM/dd/yyyy for US
   English), never the ISO form and never shifted by a time zone: it is a day, not an instant.
-->
<#macro day iso><#if iso?has_content>${iso?date("yyyy-MM-dd")?string(msg("lpodesk.date.format"))?html}</#if></#macro>
