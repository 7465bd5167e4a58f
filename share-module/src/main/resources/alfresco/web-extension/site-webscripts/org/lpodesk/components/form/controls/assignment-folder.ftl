<#--
   The assignment folder a vendor task works on, as a link: to its place in the vendor site's
   document library when the repository tells where that is, else to the folder's details page.
-->
<#assign folder=field.value!"">
<div class="form-field">
   <div class="viewmode-field">
      <span class="viewmode-label">${field.label?html}:</span>
      <#if folder?has_content>
      <a class="viewmode-value theme-color-1" id="${fieldHtmlId}-lpodesk-link"
         href="${url.context}/page/folder-details?nodeRef=${folder?url}">${msg("lpodesk.assignment-folder.open")?html}</a>
      <script type="text/javascript">//<![CDATA[
      LPODesk.forms.linkToLibrary("${fieldHtmlId?js_string}-lpodesk-link", "${folder?js_string}");
      //]]></script>
      <#else>
      <span class="viewmode-value">${msg("lpodesk.assignment-folder.none")?html}</span>
      </#if>
   </div>
</div>
