<#--
   A yes-or-no question that must be answered: two radio buttons, neither chosen until the user
   chooses (Share's checkbox would send "no" for a user who never looked at it). Unanswered, the
   field sends nothing and the repository refuses the task with its own sentence. In view mode,
   the answer as text.
-->
<#assign answer = (field.value?string)!"">
<div class="form-field lpodesk-yes-no">
   <#if form.mode == "view" || field.disabled>
      <div class="viewmode-field">
         <span class="viewmode-label">${field.label?html}:</span>
         <span class="viewmode-value"><#if answer == "true">${msg("lpodesk.form.yes")}<#elseif answer == "false">${msg("lpodesk.form.no")}<#else>${msg("lpodesk.form.unanswered")}</#if></span>
      </div>
   <#else>
      <label>${field.label?html}:<#if field.mandatory><span class="mandatory-indicator">${msg("form.required.fields.marker")}</span></#if></label>
      <label class="lpodesk-yes-no-choice" style="display: inline-block; width: auto; float: none; margin-right: 2em;"><input type="radio" style="width: auto; margin: 0 0.4em 0 0;" id="${fieldHtmlId}-yes" name="${field.name}" value="true"<#if answer == "true"> checked="checked"</#if> tabindex="0"/> ${msg("lpodesk.form.yes")}</label>
      <label class="lpodesk-yes-no-choice" style="display: inline-block; width: auto; float: none; margin-right: 2em;"><input type="radio" style="width: auto; margin: 0 0.4em 0 0;" id="${fieldHtmlId}-no" name="${field.name}" value="false"<#if answer == "false"> checked="checked"</#if> tabindex="0"/> ${msg("lpodesk.form.no")}</label>
      <#if field.help?? && field.help?has_content><div class="help-text">${field.help?html}</div></#if>
   </#if>
</div>
