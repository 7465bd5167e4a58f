/**
 * Extension of Share's document-library toolbar (org/alfresco/components/documentlibrary/toolbar.get.js),
 * applied only in LPO vendor sites by the "LPO Desk :: vendor sites" module: drops the
 * "Immigration client" and "Immigration case" entries from the "Create..." menu.
 */
(function()
{
   var FIRM_ONLY = ["lpodesk-client", "lpodesk-case"],
      widgets = model.widgets || [],
      i, options;
   for (i = 0; i < widgets.length; i++)
   {
      if (widgets[i].id === "DocListToolbar")
      {
         options = widgets[i].options;
         options.createContentActions = (options.createContentActions || []).filter(function(action)
         {
            return FIRM_ONLY.indexOf(String(action.id)) === -1;
         });
      }
   }
})();
