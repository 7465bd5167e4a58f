/**
 * The document-library "Create..." menu of an LPO vendor's site offers no immigration client or
 * case folder: cases live in the firm's site, and vendor work arrives as assignment folders made by
 * the outsourcing workflow. Share builds that menu's entries in the DocListToolbar widget's
 * createContentActions, in toolbar.get.js (the stand-alone toolbar) and in documentlist-v2.get.js
 * (the toolbar of Share 5.1 and later); both customizations call this.
 */
function lpodeskDropFirmCreateEntries(widgets)
{
   var FIRM_ONLY = ["lpodesk-client", "lpodesk-case"],
      i, options;
   for (i = 0; i < (widgets || []).length; i++)
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
}
