/**
 * Extension of Share's document header (org/alfresco/components/node-details/node-header.get.js):
 * no "Share" (public link) on a client document or on anything in an LPO vendor's site, where the
 * repository refuses one (PublicLinkGuard) whoever asks.
 */
(function()
{
   var VENDOR_SITE_PRESET = "lpodesk-vendor-site-dashboard",
      node = model.node || null,
      site = model.item && model.item.location ? model.item.location.site : null,
      refused = (node && String(node.type).indexOf("imm:") === 0) || (site && String(site.preset) === VENDOR_SITE_PRESET),
      i;
   if (!refused)
   {
      return;
   }
   model.showQuickShare = "false";
   for (i = 0; i < (model.widgets || []).length; i++)
   {
      if (model.widgets[i].options && model.widgets[i].options.showQuickShare !== undefined)
      {
         model.widgets[i].options.showQuickShare = false;
      }
   }
})();
