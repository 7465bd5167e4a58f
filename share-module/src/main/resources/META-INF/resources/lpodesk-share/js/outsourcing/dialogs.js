/**
 * LPO Desk: the workflow start dialogs Share's pages open ("Outsource…", "Request attorney review")
 * on the document library's actions and on the case page. Each opens the workflow's own start form
 * (itemKind=workflow) in Alfresco.module.SimpleDialog, so the form and its validation are those of
 * the Start Workflow page. Needs request.js (the outsourcing request body) loaded first. ES5 only.
 */
var LPODesk = LPODesk || {};
LPODesk.outsourcing = LPODesk.outsourcing || {};

(function()
{
   var Dom = YAHOO.util.Dom,
      $html = Alfresco.util.encodeHTML;

   /**
    * Opens a workflow start form in a dialog with documents and property values filled in.
    *
    * @param scope {object} the component opening it (id, msg): the document-library actions, the case page
    * @param options {object} definition, dialogId, titleKey, submitKey, successKey, failureKey, items
    *    (nodeRefs listed in the document picker), values (name: value), submitUrl (optional: post a
    *    request body built by toBody instead of the form), onStarted (optional: called once started)
    */
   LPODesk.outsourcing.startWorkflowDialog = function LPODesk_startWorkflowDialog(scope, options)
   {
      var dialogId = scope.id + "-" + options.dialogId,
         dialog = new Alfresco.module.SimpleDialog(dialogId),
         preselected = false,
         onPicker;

      // The documents the request is about are listed in the form's document picker from the start,
      // as on Share's Start Workflow page: the user sees what is about to travel and can remove it
      onPicker = function LPODesk_onObjectFinderReady(layer, args)
      {
         var finder = args[1].eventGroup;
         if (finder && finder.options && finder.options.field === "assoc_packageItems" &&
            String(finder.id).indexOf(dialogId) === 0 && options.items.length > 0)
         {
            finder.selectItems(options.items.join(","));
            preselected = true;
         }
      };
      YAHOO.Bubbling.on("objectFinderReady", onPicker);

      dialog.setOptions(
      {
         width: "56em",
         templateUrl: Alfresco.constants.URL_SERVICECONTEXT + "components/form?itemKind=workflow&itemId=" +
            encodeURIComponent(options.definition) + "&mode=create&submitType=json&showCaption=true&showCancelButton=true",
         actionUrl: options.submitUrl || null,
         destroyOnHide: true,
         doBeforeDialogShow:
         {
            fn: function LPODesk_beforeShow(form, simpleDialog)
            {
               // Share's generic form has no title element: the title goes in the YUI panel's header
               simpleDialog.dialog.setHeader($html(scope.msg(options.titleKey)));
               if (simpleDialog.widgets.okButton)
               {
                  simpleDialog.widgets.okButton.set("label", scope.msg(options.submitKey));
               }
               var formEl = Dom.get(form.formId), name;
               for (name in options.values)
               {
                  // a select always has a value (its first option) when the form appears: the caller's choice replaces it
                  if (options.values.hasOwnProperty(name) && formEl && formEl[name]
                        && (!formEl[name].value || formEl[name].tagName === "SELECT"))
                  {
                     formEl[name].value = options.values[name];
                     // what watches the field (its picker, the due-date helper) sees the value
                     if (window.LPODesk && LPODesk.forms && LPODesk.forms.fireChange)
                     {
                        LPODesk.forms.fireChange(formEl[name]);
                     }
                  }
               }
            },
            scope: scope
         },
         doBeforeAjaxRequest:
         {
            fn: function LPODesk_beforeSubmit(config)
            {
               var added;
               // sent before the picker listed them (a quick click): the documents still travel
               if (!preselected && options.items.length > 0)
               {
                  added = config.dataObj.assoc_packageItems_added ? config.dataObj.assoc_packageItems_added.split(",") : [];
                  config.dataObj.assoc_packageItems_added = added.concat(options.items).join(",");
               }
               if (options.toBody)
               {
                  config.dataObj = options.toBody(config.dataObj);
               }
               return true;
            },
            scope: scope
         },
         doAfterDialogHide:
         {
            fn: function LPODesk_afterHide()
            {
               YAHOO.Bubbling.unsubscribe("objectFinderReady", onPicker);
            },
            scope: scope
         },
         onSuccess:
         {
            fn: function LPODesk_started()
            {
               Alfresco.util.PopupManager.displayMessage({ text: scope.msg(options.successKey) });
               YAHOO.Bubbling.fire("metadataRefresh");
               if (options.onStarted)
               {
                  options.onStarted();
               }
            },
            scope: scope
         },
         onFailure:
         {
            fn: function LPODesk_refused(response)
            {
               var text = LPODesk.outsourcing.refusalText(response ? response.json : null),
                  lines = text.length > 0 ? text.split("\n") : [],
                  html = [], i;
               for (i = 0; i < lines.length; i++)
               {
                  html.push($html(lines[i]));
               }
               Alfresco.util.PopupManager.displayPrompt(
               {
                  title: scope.msg(options.failureKey),
                  text: html.join("<br/>"),
                  noEscape: true
               });
            },
            scope: scope
         }
      }).show();
   };


   /**
    * "Outsource…": the immOutsourcing start form, sent to the repository's validated start.
    *
    * @param caseRef {string} the case filled in (may be null: the user picks it)
    * @param items {Array} the documents that travel (may be empty: work on the whole case)
    * @param onStarted {function} optional: called once the request started
    */
   LPODesk.outsourcing.outsource = function LPODesk_outsource(scope, caseRef, items, onStarted)
   {
      LPODesk.outsourcing.startWorkflowDialog(scope,
      {
         definition: "activiti$immOutsourcing",
         dialogId: "lpodesk-outsource",
         titleKey: "lpodesk.outsource.title",
         submitKey: "lpodesk.outsource.submit",
         successKey: "message.lpodesk-outsource.success",
         failureKey: "message.lpodesk-outsource.failure",
         items: items,
         values: caseRef ? { "prop_immwf_caseId": caseRef } : {},
         submitUrl: Alfresco.constants.PROXY_URI + "lpodesk/outsourcing",
         toBody: LPODesk.outsourcing.requestBody,
         onStarted: onStarted || null
      });
   };

   /**
    * "Outsource reply…": the same start form as a "client e-mail" task, the received message travelling
    * as its document (the vendor drafts the reply; the firm review delivers it into Correspondence).
    */
   LPODesk.outsourcing.outsourceReply = function LPODesk_outsourceReply(scope, caseRef, messageRef, onStarted)
   {
      LPODesk.outsourcing.startWorkflowDialog(scope,
      {
         definition: "activiti$immOutsourcing",
         dialogId: "lpodesk-outsource",
         titleKey: "lpodesk.outsource.reply.title",
         submitKey: "lpodesk.outsource.submit",
         successKey: "message.lpodesk-outsource.success",
         failureKey: "message.lpodesk-outsource.failure",
         items: [messageRef],
         values: { "prop_immwf_caseId": caseRef, "prop_immwf_taskKind": "CLIENT_EMAIL" },
         submitUrl: Alfresco.constants.PROXY_URI + "lpodesk/outsourcing",
         toBody: LPODesk.outsourcing.requestBody,
         onStarted: onStarted || null
      });
   };
})();
