<import resource="classpath:/alfresco/web-extension/site-webscripts/org/lpodesk/components/documentlibrary/vendor-create-menu.lib.js">
/**
 * Extension of Share's stand-alone document-library toolbar (org/alfresco/components/documentlibrary/
 * toolbar.get.js), applied only in LPO vendor sites by the "LPO Desk :: vendor sites" module.
 */
lpodeskDropFirmCreateEntries(model.widgets);
