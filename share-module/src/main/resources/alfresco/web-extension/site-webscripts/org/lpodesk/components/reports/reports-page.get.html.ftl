<#-- Outsourcing reports of one vendor: filters (a GET form), charts and tables drawn in the browser from the
     repository's report (model.reportJson), CSV per table and the quarterly scorecard PDF -->
<@markup id="css">
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/webjars/uplot/1.6.30/dist/uPlot.min.css" group="lpodesk-reports"/>
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/lpodesk-share/components/reports/reports-page.css" group="lpodesk-reports"/>
</@>

<@markup id="js">
   <@script type="text/javascript" src="${url.context}/res/webjars/uplot/1.6.30/dist/uPlot.iife.min.js" group="lpodesk-reports"/>
   <@script type="text/javascript" src="${url.context}/res/lpodesk-share/components/reports/reports-page.js" group="lpodesk-reports"/>
</@>

<@markup id="widgets">
   <@createWidgets group="lpodesk-reports"/>
</@>

<@markup id="html">
   <@uniqueIdDiv>
   <#assign el = args.htmlid?html>
   <div id="${el}-body" class="lpodesk-reports">
      <h1>${msg("header")}</h1>
      <#if vendors??>
      <form class="lpodesk-report-filters" method="get" action="">
         <label>${msg("filter.vendor")}
            <select name="vendor"><#list vendors as v><option value="${v.id?html}"<#if filters?? && filters.vendor == v.id> selected="selected"</#if>>${v.name?html}</option></#list></select>
         </label>
         <label>${msg("filter.from")} <input type="date" name="from" value="${(filters.from)!""?html}"/></label>
         <label>${msg("filter.to")} <input type="date" name="to" value="${(filters.to)!""?html}"/></label>
         <label>${msg("filter.kind")}
            <select name="kind"><option value="">${msg("filter.kind.all")}</option><#list kinds as k><option value="${k.kind?html}"<#if filters?? && filters.kind == k.kind> selected="selected"</#if>>${k.label?html}</option></#list></select>
         </label>
         <label>${msg("filter.granularity")}
            <select name="granularity">
               <option value="month"<#if filters?? && filters.granularity == "month"> selected="selected"</#if>>${msg("filter.granularity.month")}</option>
               <option value="quarter"<#if filters?? && filters.granularity == "quarter"> selected="selected"</#if>>${msg("filter.granularity.quarter")}</option>
            </select>
         </label>
         <button type="submit">${msg("button.show")}</button>
      </form>
      </#if>
      <#if error??>
         <div class="lpodesk-message lpodesk-error">${error?html}</div>
      <#else>
         <div class="lpodesk-report-downloads">
            ${msg("label.csv")}
            <a class="theme-color-1" href="${csvBase?html}indicators">${msg("table.indicators")}</a> ·
            <a class="theme-color-1" href="${csvBase?html}packages">${msg("table.packages")}</a> ·
            <a class="theme-color-1" href="${csvBase?html}cases">${msg("table.cases")}</a> ·
            <a class="theme-color-1" href="${csvBase?html}attorneys">${msg("table.attorneys")}</a>
            <span class="lpodesk-report-scorecard">${msg("label.scorecard")}
            <#list quarters as q><a class="theme-color-1" target="_blank" href="${scorecardBase?html}${q?url}">${q?html}</a><#if q_has_next> · </#if></#list>
            </span>
         </div>
         <div class="lpodesk-report-charts">
            <div class="lpodesk-chart"><h2>${msg("chart.turnaround")}</h2><div id="${el}-turnaround"></div></div>
            <div class="lpodesk-chart"><h2>${msg("chart.sla")}</h2><div id="${el}-sla"></div></div>
            <div class="lpodesk-chart"><h2>${msg("chart.rework")}</h2><div id="${el}-rework"></div></div>
            <div class="lpodesk-chart"><h2>${msg("chart.cost")}</h2><div id="${el}-cost"></div></div>
            <div class="lpodesk-chart"><h2>${msg("chart.hours")}</h2><div id="${el}-hours"></div></div>
         </div>
         <h2>${msg("table.indicators")}</h2>
         <div id="${el}-indicators" class="lpodesk-report-table"></div>
         <h2>${msg("table.packages")}</h2>
         <div id="${el}-packages" class="lpodesk-report-table"></div>
         <h2>${msg("table.attorneys")}</h2>
         <div id="${el}-attorneys" class="lpodesk-report-table"></div>
         <h2>${msg("table.cases")}</h2>
         <div id="${el}-cases" class="lpodesk-report-table"></div>
         <h2>${msg("header.definitions")}</h2>
         <dl id="${el}-definitions" class="lpodesk-report-definitions"></dl>
         <script type="text/javascript">//<![CDATA[
            new LPODesk.ReportsPage("${el}").setOptions(
            {
               report: JSON.parse("${reportJson?js_string}"),
               kinds: [<#list kinds as k>{ kind: "${k.kind?js_string}", label: "${k.label?js_string}" }<#if k_has_next>,</#if></#list>]
            }).setMessages(${messages});
         //]]></script>
      </#if>
   </div>
   </@>
</@>
