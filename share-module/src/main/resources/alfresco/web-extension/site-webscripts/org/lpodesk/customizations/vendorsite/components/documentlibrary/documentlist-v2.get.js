<import resource="classpath:/alfresco/web-extension/site-webscripts/org/lpodesk/components/documentlibrary/vendor-create-menu.lib.js">
/**
 * Extension of Share's document list with its toolbar (org/alfresco/components/documentlibrary/
 * documentlist-v2.get.js, the one Share 26.1's document library page uses), applied only in LPO
 * vendor sites by the "LPO Desk :: vendor sites" module.
 */
lpodeskDropFirmCreateEntries(model.widgets);
