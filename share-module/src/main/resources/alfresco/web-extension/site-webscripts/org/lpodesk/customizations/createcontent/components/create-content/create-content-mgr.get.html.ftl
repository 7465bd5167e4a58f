<#-- LPODesk.CreateContainerMgr (loaded after Share's Alfresco.CreateContentMgr, which it extends) -->
<@markup id="lpodesk-js" target="js" action="after">
   <@script src="${url.context}/res/lpodesk-share/components/create-content/create-container-mgr.js" group="create-content"/>
</@>
