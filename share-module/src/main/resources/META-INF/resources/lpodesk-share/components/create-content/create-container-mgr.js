/**
 * Share's create page for a folder type ("Create... > Immigration client / case", configured with
 * isContainer=true): after the repository created the folder, open it.
 *
 * Why a subclass: Share 26.1's Alfresco.CreateContentMgr navigates only in the callback of the
 * activity it posts for documents, so with isContainer=true the user stays on the filled-in form
 * and, pressing Create again, makes a second folder. Without isContainer it opens the new folder
 * as a document ("This document has no content"). This manager posts the folder-added activity a
 * folder made from the document library gets, then opens the folder in its site's document library
 * (its sub-folders, e.g. a new case's Evidence and Forms, are what the user works in next); outside
 * a site, or if the folder's location cannot be read, its details page.
 * ES5 only: Share's client code runs in every browser Share supports.
 */
var LPODesk = LPODesk || {};

(function()
{
   var $siteURL = Alfresco.util.siteURL;

   LPODesk.CreateContainerMgr = function LPODesk_CreateContainerMgr_constructor(htmlId)
   {
      LPODesk.CreateContainerMgr.superclass.constructor.call(this, htmlId);
      this.name = "LPODesk.CreateContainerMgr";
      return this;
   };

   YAHOO.extend(LPODesk.CreateContainerMgr, Alfresco.CreateContentMgr,
   {
      onCreateContentSuccess: function LPODesk_CreateContainerMgr_onCreateContentSuccess(response)
      {
         if (!this.options.isContainer || !response.json || !response.json.persistedObject)
         {
            LPODesk.CreateContainerMgr.superclass.onCreateContentSuccess.call(this, response);
            return;
         }
         var nodeRef = new Alfresco.util.NodeRef(response.json.persistedObject),
            detailsPage = "folder-details?nodeRef=" + nodeRef.toString(),
            siteId = this.options.siteId,
            open = function LPODesk_CreateContainerMgr_open(page)
            {
               window.location.href = $siteURL(page);
            };
         Alfresco.util.Ajax.jsonGet(
         {
            url: Alfresco.constants.PROXY_URI + "slingshot/doclib2/node/" + nodeRef.uri,
            successCallback:
            {
               fn: function LPODesk_CreateContainerMgr_located(located)
               {
                  var item = located.json && located.json.item,
                     location = item ? item.location : null,
                     name, parentPath, path, page;
                  if (!siteId || !location || !location.site || location.site.name !== siteId)
                  {
                     open(detailsPage);
                     return;
                  }
                  name = location.file;
                  parentPath = location.path || "/";
                  path = parentPath + (parentPath !== "/" ? "/" : "") + name;
                  page = "documentlibrary?path=" + encodeURIComponent(path);
                  Alfresco.Share.postActivity(siteId, "org.alfresco.documentlibrary.folder-added", name, page,
                  {
                     appTool: "documentlibrary",
                     nodeRef: nodeRef.toString(),
                     fileName: name,
                     path: path
                  }, function LPODesk_CreateContainerMgr_posted()
                  {
                     open(page);
                  });
               },
               scope: this
            },
            failureCallback:
            {
               fn: function LPODesk_CreateContainerMgr_notLocated()
               {
                  open(detailsPage);
               },
               scope: this
            }
         });
      }
   });
})();
