<#--
   The case of an outsourcing request, chosen by case number, type and beneficiary among the open
   cases the user can read (GET /lpodesk/cases). The node reference the workflow needs travels in
   the hidden field; nobody types or reads it. In view mode the case's number and type are shown.
-->
<#assign fieldValue=field.value!"">
<div class="form-field lpodesk-picker">
   <#if form.mode == "view">
      <div class="viewmode-field">
         <span class="viewmode-label">${field.label?html}:</span>
         <span class="viewmode-value" id="${fieldHtmlId}-lpodesk-view">${msg("lpodesk.picker.case.unknown")?html}</span>
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
   source: "cases",
   viewMode: ${(form.mode == "view")?string}
}).setMessages(${messages});
//]]></script>
