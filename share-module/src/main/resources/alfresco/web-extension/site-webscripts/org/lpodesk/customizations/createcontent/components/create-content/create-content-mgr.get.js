/**
 * Extension of Share's create page manager (org/alfresco/components/create-content/create-content-mgr.get.js):
 * for a folder type (a create-content link with isContainer=true, as LPO Desk's client and case
 * entries are) the page uses LPODesk.CreateContainerMgr, which opens the new folder after creating
 * it instead of staying on the form (see create-container-mgr.js).
 */
(function()
{
   var i;
   if (String(page.url.args.isContainer) !== "true")
   {
      return;
   }
   for (i = 0; i < (model.widgets || []).length; i++)
   {
      if (model.widgets[i].name === "Alfresco.CreateContentMgr")
      {
         model.widgets[i].name = "LPODesk.CreateContainerMgr";
      }
   }
})();
