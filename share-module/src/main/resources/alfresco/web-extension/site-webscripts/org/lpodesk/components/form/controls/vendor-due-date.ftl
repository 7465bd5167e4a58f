<#--
   Vendor due date of an outsourcing request: Share's date control, plus the latest due date that
   still leaves the firm its review buffer before the case deadline (the repository's deadline
   helper), offered as a one-click fill. The repository refuses a later date when the request
   starts; this only saves the requester a round trip.
-->
<#include "/org/alfresco/components/form/controls/date.ftl" />
<#if form.mode != "view">
<div class="lpodesk-due-date-hint" id="${fieldHtmlId}-lpodesk-hint"></div>
<script type="text/javascript">//<![CDATA[
new LPODesk.forms.VendorDueDate("${fieldHtmlId}").setOptions(
{
   caseFieldId: "${(args.htmlid + "_prop_" + (field.control.params.caseField!"immwf_caseId"))?js_string}",
   dateFieldId: "${fieldHtmlId?js_string}",
   <#-- the date control's own entry format (form.get's bundle; M/d/yyyy for US English) -->
   entryFormat: "${msg("form.control.date-picker.entry.date.format")?js_string}"
}).setMessages(${messages});
//]]></script>
</#if>
