/**
 * LPO Desk's controller for Alfresco's JSON form submission (POST /api/{item_kind}/{item_id}/formprocessor),
 * the path Share's forms use to start workflows, complete tasks and save node properties.
 *
 * Alfresco's own controller answers every failure of FormService.saveForm with HTTP 500 and the
 * Java exception's text ("org.alfresco.service.cmr.workflow.WorkflowException: 0xxxxxxx …"), so a
 * paralegal who finishes drafting without hours, or a user a review listener refuses, saw a class
 * name or "An unknown error occurred". Here a refusal of LPO Desk's rules, wherever it sits in the
 * cause chain, answers with its own status (403, 409, 422) and its sentence from the bundle
 * (lpodeskRefusals, RefusalScriptObject); everything else behaves as Alfresco's controller does:
 * the same form data, the same metadata extraction after a content change, the same statuses.
 */
function formData()
{
   var data = new Packages.org.alfresco.repo.forms.FormData(),
      keys = json.keys(),
      key;
   while (keys.hasNext())
   {
      key = keys.next();
      if (key == "alf_redirect")
      {
         model.redirect = json.get(key);
      }
      else
      {
         data.addFieldData(key, json.get(key));
      }
   }
   return data;
}

function nodeRefOf(persisted, itemId)
{
   if (persisted instanceof Packages.org.alfresco.service.cmr.repository.NodeRef)
   {
      return persisted.toString();
   }
   return itemId.indexOf("://") !== -1 ? itemId : "workspace://SpacesStore/" + itemId;
}

function extractMetadataIfChanged(persisted, itemId, contentChanged)
{
   if (!contentChanged)
   {
      return;
   }
   var node = search.findNode(nodeRefOf(persisted, itemId)),
      action = node !== null ? metadataExtractAction.create(true) : null;
   if (action)
   {
      action.execute(node, false, false);
   }
}

function main()
{
   var itemKind = decodeURIComponent(url.templateArgs["item_kind"]),
      itemId = decodeURIComponent(url.templateArgs["item_id"]),
      data, contentChanged, persisted, refusal, text;

   if (typeof json === "undefined")
   {
      status.setCode(501, "The form submission is not JSON.");
      return;
   }
   data = formData();
   // isContentChanged exists from ACS 23.x; without it Alfresco extracted nothing here either
   contentChanged = itemKind === "node" && typeof metadataExtractAction !== "undefined" &&
      typeof metadataExtractAction.isContentChanged === "function" && metadataExtractAction.isContentChanged(itemId, data);
   try
   {
      persisted = formService.saveForm(itemKind, itemId, data);
   }
   catch (error)
   {
      refusal = lpodeskRefusals.status(error.javaException || null);
      if (refusal > 0)
      {
         status.code = refusal;
         status.message = lpodeskRefusals.message(error.javaException);
         status.redirect = true;
         return;
      }
      text = String(error.message);
      status.setCode(text.indexOf("FormNotFoundException") !== -1 ||
         text.indexOf("PropertyValueSizeIsMoreMaxLengthException") !== -1 ? 404 : 500, text);
      return;
   }
   if (itemKind === "node")
   {
      extractMetadataIfChanged(persisted, itemId, contentChanged);
   }
   model.persistedObject = persisted.toString();
   model.message = "Successfully persisted form for item [" + itemKind + "]" + itemId;
}

main();
