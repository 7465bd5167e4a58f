/**
 * LPO Desk document-library extensions (loaded through DocLibCustom in
 * META-INF/share-config-custom.xml):
 *  - onActionLpodeskOutsource: start immOutsourcing from a case document (the document and its
 *    case filled in) or from a case folder (the case filled in);
 *  - onActionLpodeskRequestReview: start immAttorneyReview with the document;
 *  - the "lpodesk_deadline" metadata renderer: days left until a USCIS notice's response deadline.
 *
 * Both actions open the workflow's own start form (itemKind=workflow), so the form and its
 * validation are the same as on the Start Workflow page. An outsourcing request is then sent to
 * the repository's validated start (POST /lpodesk/outsourcing, body built by
 * LPODesk.outsourcing.requestBody), which refuses with every reason before anything is shared;
 * an attorney review starts through the workflow form processor.
 * ES5 only: Share's client code runs in every browser Share supports.
 */
(function()
{
   var Dom = YAHOO.util.Dom,
      $html = Alfresco.util.encodeHTML;

   /** Days between today (local midnight) and an ISO 8601 date, negative when past. */
   var daysUntil = function LPODesk_daysUntil(iso)
   {
      var due = Alfresco.util.fromISO8601(iso),
         today = new Date();
      today.setHours(0, 0, 0, 0);
      due.setHours(0, 0, 0, 0);
      return Math.round((due.getTime() - today.getTime()) / 86400000);
   };

   /** Window, in days, within which a deadline counts as "soon" */
   var DEADLINE_SOON_DAYS = 14;

   /**
    * The case folder a node belongs to: the node itself when it is a case, else the nearest
    * imm:case on its path (Alfresco's public REST API returns the path with node types).
    */
   var findCase = function LPODesk_findCase(record, callback, scope)
   {
      if (record.node.type === "imm:case")
      {
         callback.call(scope, record.nodeRef);
         return;
      }
      var id = record.nodeRef.split("/").pop();
      Alfresco.util.Ajax.jsonGet(
      {
         url: Alfresco.constants.PROXY_URI.replace("/alfresco/", "/alfresco-api/") +
            "-default-/public/alfresco/versions/1/nodes/" + encodeURIComponent(id) + "?include=path",
         successCallback:
         {
            fn: function LPODesk_findCase_success(response)
            {
               var elements = response.json.entry.path.elements, caseRef = null, i;
               for (i = elements.length - 1; i >= 0 && caseRef === null; i--)
               {
                  if (elements[i].nodeType === "imm:case")
                  {
                     caseRef = "workspace://SpacesStore/" + elements[i].id;
                  }
               }
               callback.call(scope, caseRef);
            },
            scope: this
         },
         failureCallback:
         {
            fn: function LPODesk_findCase_failure()
            {
               // Without the path the user fills the case in on the form
               callback.call(scope, null);
            },
            scope: this
         }
      });
   };

   /**
    * Opens a workflow start form in a dialog with documents and property values filled in.
    *
    * @param scope {object} the document-library actions component
    * @param options {object} definition, dialogId, titleKey, submitKey, successKey, failureKey, items
    *    (nodeRefs listed in the document picker), values (name: value), submitUrl (optional: post a
    *    request body built by toBody instead of the form)
    */
   var startWorkflowDialog = function LPODesk_startWorkflowDialog(scope, options)
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
                  if (options.values.hasOwnProperty(name) && formEl && formEl[name] && !formEl[name].value)
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

   YAHOO.Bubbling.fire("registerAction",
   {
      actionName: "onActionLpodeskOutsource",
      fn: function LPODesk_onActionOutsource(record)
      {
         var isCase = record.node.type === "imm:case";
         findCase(record, function(caseRef)
         {
            startWorkflowDialog(this,
            {
               definition: "activiti$immOutsourcing",
               dialogId: "lpodesk-outsource",
               titleKey: "lpodesk.outsource.title",
               submitKey: "lpodesk.outsource.submit",
               successKey: "message.lpodesk-outsource.success",
               failureKey: "message.lpodesk-outsource.failure",
               items: isCase ? [] : [record.nodeRef],
               values: caseRef ? { "prop_immwf_caseId": caseRef } : {},
               submitUrl: Alfresco.constants.PROXY_URI + "lpodesk/outsourcing",
               toBody: LPODesk.outsourcing.requestBody
            });
         }, this);
      }
   });

   YAHOO.Bubbling.fire("registerAction",
   {
      actionName: "onActionLpodeskRequestReview",
      fn: function LPODesk_onActionRequestReview(record)
      {
         startWorkflowDialog(this,
         {
            definition: "activiti$immAttorneyReview",
            dialogId: "lpodesk-request-review",
            titleKey: "lpodesk.request-review.title",
            submitKey: "lpodesk.request-review.submit",
            successKey: "message.lpodesk-request-review.success",
            failureKey: "message.lpodesk-request-review.failure",
            items: [record.nodeRef],
            values: {}
         });
      }
   });

   /**
    * "Create..." offers an immigration client only at the library root or in a folder named as the
    * firm's clients folder, and an immigration case only inside a client: the entries are hidden
    * elsewhere each time the document list shows another folder.
    */
   var createEntryAllowed = function LPODesk_createEntryAllowed(href, folder)
   {
      var type = folder ? folder.type : null,
         props = folder && folder.properties ? folder.properties : {},
         name = props["cm:name"] || props.cm_name || "";
      if (href.indexOf("itemId=imm:client") !== -1)
      {
         return type === "cm:folder" && (name === "documentLibrary" || name === Alfresco.util.message("lpodesk.clients-folder.name"));
      }
      if (href.indexOf("itemId=imm:case") !== -1)
      {
         return type === "imm:client";
      }
      return true;
   };

   YAHOO.Bubbling.on("doclistMetadata", function LPODesk_onDoclistMetadata(layer, args)
   {
      var folder = args[1] && args[1].metadata ? args[1].metadata.parent : null,
         toolbar = Alfresco.util.ComponentManager.findFirst("Alfresco.DocListToolbar"),
         items, i, anchors;
      if (!toolbar || !toolbar.widgets || !toolbar.widgets.createContent)
      {
         return;
      }
      items = toolbar.widgets.createContent.getMenu().getItems();
      for (i = 0; i < items.length; i++)
      {
         anchors = items[i].element.getElementsByTagName("a");
         if (anchors.length > 0)
         {
            if (createEntryAllowed(anchors[0].getAttribute("href") || "", folder))
            {
               Dom.removeClass(items[i].element, "hidden");
            }
            else
            {
               Dom.addClass(items[i].element, "hidden");
            }
         }
      }
   });

   /**
    * No public link is offered where the repository refuses one (PublicLinkGuard): on a client
    * document (any imm type) and on anything in an LPO vendor's site. The document list's social
    * line asks Alfresco.DocumentList.generateQuickShare for the "Share" link of every row.
    */
   var VENDOR_SITE_PRESET = "lpodesk-vendor-site-dashboard";
   if (Alfresco.DocumentList && Alfresco.DocumentList.generateQuickShare)
   {
      var shareLink = Alfresco.DocumentList.generateQuickShare;
      Alfresco.DocumentList.generateQuickShare = function LPODesk_generateQuickShare(scope, record)
      {
         var type = record.node ? String(record.node.type) : "",
            site = record.location ? record.location.site : null;
         if (type.indexOf("imm:") === 0 || (site && site.preset === VENDOR_SITE_PRESET))
         {
            return "";
         }
         return shareLink.apply(this, arguments);
      };
   }

   YAHOO.Bubbling.fire("registerRenderer",
   {
      propertyName: "lpodesk_deadline",
      renderer: function LPODesk_deadlineRenderer(record, label)
      {
         var deadline = record.jsNode.properties.imm_responseDeadline,
            iso = deadline && deadline.iso8601 ? deadline.iso8601 : deadline,
            rule = record.jsNode.properties.imm_responseDeadlineRule || "",
            days, text, css;
         if (!iso)
         {
            return "";
         }
         days = daysUntil(iso);
         if (days > DEADLINE_SOON_DAYS)
         {
            return "";
         }
         if (days < 0)
         {
            text = this.msg("lpodesk.deadline.overdue", -days);
            css = "lpodesk-deadline-overdue";
         }
         else if (days === 0)
         {
            text = this.msg("lpodesk.deadline.today");
            css = "lpodesk-deadline-soon";
         }
         else
         {
            text = this.msg("lpodesk.deadline.soon", days);
            css = "lpodesk-deadline-soon";
         }
         return '<span class="lpodesk-deadline ' + css + '" title="' + $html(rule) + '">' + $html(text) + '</span>';
      }
   });
})();
