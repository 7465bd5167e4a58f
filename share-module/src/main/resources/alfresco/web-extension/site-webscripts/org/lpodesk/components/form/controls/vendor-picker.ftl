<#--
   The vendor of an outsourcing request, chosen by name among the vendors the firm has engaged
   (GET /lpodesk/vendors); once a task kind is chosen, only the vendors engaged for that kind are
   offered. The vendor id the workflow needs travels in the hidden field.
-->
<#assign fieldValue=field.value!"">
<div class="form-field lpodesk-picker">
   <#if form.mode == "view">
      <div class="viewmode-field">
         <span class="viewmode-label">${field.label?html}:</span>
         <span class="viewmode-value" id="${fieldHtmlId}-lpodesk-view">${fieldValue?html}</span>
      </div>
   <#else>
      <label for="${fieldHtmlId}-lpodesk-select">${field.label?html}:<#if field.mandatory><span class="mandatory-indicator">${msg("form.required.fields.marker")}</span></#if></label>
      <select id="${fieldHtmlId}-lpodesk-select" tabindex="0" <#if field.disabled>disabled="true"</#if>>
         <option value="">${msg("lpodesk.picker.loading")?html}</option>
      </select>
      <@formLib.renderFieldHelp field=field />
   </#if>
   <input type="hidden" id="${fieldHtmlId}" name="${field.name}" value="${fieldValue?html}"/>
</div>
<script type="text/javascript">//<![CDATA[
new LPODesk.forms.Picker("${fieldHtmlId}").setOptions(
{
   source: "vendors",
   viewMode: ${(form.mode == "view")?string},
   kindFieldId: "${(args.htmlid + "_prop_" + (field.control.params.kindField!"immwf_taskKind"))?js_string}"
}).setMessages(${messages});
//]]></script>
