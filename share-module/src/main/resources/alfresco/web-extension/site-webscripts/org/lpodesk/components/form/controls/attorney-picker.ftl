<#--
   A person of one group (control param "group", e.g. GROUP_IMM_ATTORNEYS), chosen by full name
   among the group's members (GET api/groups/{group}/children); the user name the repository
   expects travels in the hidden field. In view mode, or when the field is read-only, the person's
   name is shown and nothing is submitted.
-->
<#assign fieldValue=field.value!"">
<#assign readOnly=(form.mode == "view" || field.disabled)>
<div class="form-field lpodesk-picker">
   <#if readOnly>
      <div class="viewmode-field">
         <span class="viewmode-label">${field.label?html}:</span>
         <span class="viewmode-value" id="${fieldHtmlId}-lpodesk-view"><#if fieldValue?has_content>${fieldValue?html}<#else>${msg("lpodesk.picker.person.none")?html}</#if></span>
      </div>
   <#else>
      <label for="${fieldHtmlId}-lpodesk-select">${field.label?html}:<#if field.mandatory><span class="mandatory-indicator">${msg("form.required.fields.marker")}</span></#if></label>
      <select id="${fieldHtmlId}-lpodesk-select" tabindex="0">
         <option value="">${msg("lpodesk.picker.loading")?html}</option>
      </select>
      <@formLib.renderFieldHelp field=field />
   </#if>
   <input type="hidden" id="${fieldHtmlId}" name="${field.name}" value="${fieldValue?html}" <#if readOnly>disabled="true"</#if>/>
</div>
<script type="text/javascript">//<![CDATA[
new LPODesk.forms.Picker("${fieldHtmlId}").setOptions(
{
   source: "people",
   group: "${(field.control.params.group!"GROUP_IMM_ATTORNEYS")?js_string}",
   viewMode: ${readOnly?string}
}).setMessages(${messages});
//]]></script>
