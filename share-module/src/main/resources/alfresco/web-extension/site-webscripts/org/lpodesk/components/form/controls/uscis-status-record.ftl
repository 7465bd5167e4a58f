<#--
   A case status check task: the case's receipt numbers, which the associate looks up on USCIS's
   case status page, and "Record USCIS status..." to record what the page shows (the repository
   files it in the case and judges the change; the associate never opens the firm's case).
   Renders nothing on other tasks, which carry no receipt numbers.
-->
<#assign numbers=field.value!"">
<#if numbers?has_content>
<div class="form-field">
   <div class="viewmode-field">
      <span class="viewmode-label">${field.label?html}:</span>
      <span class="viewmode-value">${numbers?html}</span>
   </div>
   <button type="button" id="${fieldHtmlId}-lpodesk-record">${msg("lpodesk.uscis.record.button")?html}</button>
   <script type="text/javascript">//<![CDATA[
   LPODesk.forms.recordUscisStatus("${fieldHtmlId?js_string}-lpodesk-record", "${numbers?js_string}");
   //]]></script>
</div>
</#if>
