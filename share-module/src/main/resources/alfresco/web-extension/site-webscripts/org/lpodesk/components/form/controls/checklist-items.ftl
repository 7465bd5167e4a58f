<#--
   The evidence checklist items of the document's case that this document supports (imm:checklistItems),
   ticked from the case's checklist (GET /lpodesk/cases/checklist): each item by its label, with what
   is still missing. The ids the repository stores travel comma-separated in the hidden field; the
   repository refuses an item the document's type cannot satisfy. In view mode the items' labels.
   On a create form the checklist is the one of the case the new document goes into.
-->
<#assign fieldValue=field.value!"">
<#assign readOnly=(form.mode == "view" || field.disabled)>
<div class="form-field lpodesk-checklist-items">
   <#if readOnly>
      <div class="viewmode-field">
         <span class="viewmode-label">${field.label?html}:</span>
         <span class="viewmode-value" id="${fieldHtmlId}-lpodesk-view"><#if fieldValue?has_content>${msg("lpodesk.picker.loading")?html}<#else>${msg("lpodesk.checklist.items.none")?html}</#if></span>
      </div>
   <#else>
      <label>${field.label?html}:</label>
      <div id="${fieldHtmlId}-lpodesk-items" class="lpodesk-checklist-choices">${msg("lpodesk.picker.loading")?html}</div>
      <@formLib.renderFieldHelp field=field />
   </#if>
   <input type="hidden" id="${fieldHtmlId}" name="${field.name}" value="${fieldValue?html}" <#if readOnly>disabled="true"</#if>/>
</div>
<script type="text/javascript">//<![CDATA[
new LPODesk.forms.ChecklistItems("${fieldHtmlId}").setOptions(
{
   nodeRef: "${((form.arguments.itemKind!"") == "node")?then(form.arguments.itemId!"", form.destination!"")?js_string}",
   documentType: "${((form.arguments.itemKind!"") == "type")?then(form.arguments.itemId!"", "")?js_string}",
   viewMode: ${readOnly?string}
}).setMessages(${messages});
//]]></script>
