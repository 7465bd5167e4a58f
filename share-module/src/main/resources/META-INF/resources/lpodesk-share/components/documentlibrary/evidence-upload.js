/**
 * LPO Desk: "Tag the new evidence" after an upload into a case's Evidence folder (loaded through
 * DocLibCustom in META-INF/share-config-custom.xml). Share's uploader (drag and drop, or the
 * Upload button) stores plain documents; when the upload lands in a case's Evidence folder the
 * paralegal is offered, in one dialog, each new document's type and the checklist items it is
 * evidence for. The repository says whether the folder is the Evidence folder and which items
 * the checklist has (GET /lpodesk/cases/checklist), and tags all the documents or none
 * (POST /lpodesk/cases/checklist/tags), judging every tag by its own rules; this only asks.
 * ES5 only: Share's client code runs in every browser Share supports.
 */
var LPODesk = LPODesk || {};
LPODesk.evidence = LPODesk.evidence || {};

(function()
{
   var Dom = YAHOO.util.Dom,
      Event = YAHOO.util.Event,
      $html = Alfresco.util.encodeHTML;

   /** Share's global messages (lpodesk-share.properties), with their {0}... tokens */
   var text =
   {
      msg: function LPODesk_evidence_msg(key)
      {
         var args = [key, "LPODesk.evidence"];
         for (var i = 1; i < arguments.length; i++)
         {
            args.push(arguments[i]);
         }
         return Alfresco.util.message.apply(Alfresco.util, args);
      }
   };

   /** The label Share gives a type in Change type ("type.imm_evidence"), the type itself when it has none */
   var typeLabel = function LPODesk_evidence_typeLabel(type)
   {
      var label = Alfresco.util.message("type." + type.replace(":", "_"));
      return label.indexOf("type.") === 0 ? type : label;
   };

   /**
    * After an upload: ask the repository about the first new document; offer the dialog only in a
    * case's Evidence folder whose checklist has items. Outside a case (404) or for a vendor (403)
    * there is nothing to offer and nothing is said.
    */
   LPODesk.evidence.offerTagging = function LPODesk_evidence_offerTagging(files)
   {
      if (!files || files.length === 0)
      {
         return;
      }
      Alfresco.util.Ajax.jsonGet(
      {
         url: Alfresco.constants.PROXY_URI + "lpodesk/cases/checklist?nodeRef=" + encodeURIComponent(files[0].nodeRef),
         successCallback:
         {
            fn: function LPODesk_evidence_checklist(response)
            {
               var checklist = response.json || {};
               if (checklist.folderRole === "EVIDENCE" && (checklist.items || []).length > 0)
               {
                  new LPODesk.evidence.TagDialog(files, checklist).show();
               }
            }
         },
         failureCallback: { fn: function LPODesk_evidence_noChecklist() {} }
      });
   };

   /** The types any item of the checklist accepts, by label; imm:evidence first when it is one of them */
   var offeredTypes = function LPODesk_evidence_offeredTypes(items)
   {
      var seen = {}, types = [], i, j, t;
      for (i = 0; i < items.length; i++)
      {
         for (j = 0; j < (items[i].satisfiedBy || []).length; j++)
         {
            t = items[i].satisfiedBy[j];
            if (!seen[t])
            {
               seen[t] = true;
               types.push(t);
            }
         }
      }
      types.sort(function(a, b)
      {
         if (a === "imm:evidence" || b === "imm:evidence")
         {
            return a === "imm:evidence" ? -1 : 1;
         }
         return typeLabel(a).localeCompare(typeLabel(b));
      });
      return types;
   };

   LPODesk.evidence.TagDialog = function LPODesk_evidence_TagDialog(files, checklist)
   {
      this.files = files;
      this.checklist = checklist;
      this.types = offeredTypes(checklist.items || []);
      this.id = Alfresco.util.generateDomId();
      return this;
   };

   LPODesk.evidence.TagDialog.prototype =
   {
      show: function LPODesk_TagDialog_show()
      {
         var html = [], i, j, file, base;
         html.push('<div class="hd">' + $html(text.msg("lpodesk.evidence.tag.title", this.checklist.caseNumber || "")) + '</div>');
         html.push('<div class="bd lpodesk-tag-dialog">');
         html.push('<p class="lpodesk-tag-intro">' + $html(text.msg("lpodesk.evidence.tag.intro", this.checklist.checklistLabel || "")) + '</p>');
         for (i = 0; i < this.files.length; i++)
         {
            file = this.files[i];
            base = this.id + "-" + i;
            html.push('<fieldset class="lpodesk-tag-file"><legend>' + $html(file.fileName) + '</legend>');
            html.push('<label for="' + base + '-type">' + $html(text.msg("lpodesk.evidence.tag.type")) + '</label> <select id="' + base + '-type" data-file="' + i + '">');
            for (j = 0; j < this.types.length; j++)
            {
               html.push('<option value="' + $html(this.types[j]) + '">' + $html(typeLabel(this.types[j])) + '</option>');
            }
            html.push('</select>');
            html.push(' <input type="checkbox" id="' + base + '-foreign"/> <label for="' + base + '-foreign">' + $html(text.msg("lpodesk.evidence.tag.foreign")) + '</label>');
            html.push('<div class="lpodesk-tag-items" id="' + base + '-items"></div></fieldset>');
         }
         html.push('<div class="bdft"><button type="button" id="' + this.id + '-save">' + $html(text.msg("lpodesk.evidence.tag.save")) + '</button> ' +
            '<button type="button" id="' + this.id + '-later">' + $html(text.msg("lpodesk.evidence.tag.later")) + '</button></div></div>');

         this.element = document.createElement("div");
         this.element.id = this.id;
         this.element.innerHTML = html.join("");
         document.body.appendChild(this.element);
         for (i = 0; i < this.files.length; i++)
         {
            this.renderItems(i);
            Event.on(this.id + "-" + i + "-type", "change", this.onTypeChange, i, this);
         }
         Event.on(this.id + "-save", "click", this.onSave, this, true);
         Event.on(this.id + "-later", "click", this.close, this, true);
         this.panel = Alfresco.util.createYUIPanel(this.element, { width: "52em" });
         this.panel.show();
      },

      onTypeChange: function LPODesk_TagDialog_onTypeChange(event, index)
      {
         this.renderItems(index);
      },

      /** The checklist's items as checkboxes; those the chosen type cannot satisfy are shown, not offered */
      renderItems: function LPODesk_TagDialog_renderItems(index)
      {
         var base = this.id + "-" + index, type = Dom.get(base + "-type").value, items = this.checklist.items || [],
            before = this.ticked(index), html = [], i, item, offered, box;
         for (i = 0; i < items.length; i++)
         {
            item = items[i];
            box = base + "-item-" + i;
            offered = !item.satisfiedBy || item.satisfiedBy.length === 0 || Alfresco.util.arrayContains(item.satisfiedBy, type);
            html.push('<div class="lpodesk-checklist-choice' + (offered ? '' : ' lpodesk-checklist-unavailable') + '">' +
               '<input type="checkbox" id="' + box + '" value="' + $html(item.id) + '"' +
               (offered && before[item.id] ? ' checked="checked"' : '') +
               (offered ? '' : ' disabled="disabled" title="' + $html(text.msg("lpodesk.checklist.items.wrong-type")) + '"') + '/> ' +
               '<label for="' + box + '">' + $html(item.label) + '</label> ' +
               '<span class="lpodesk-checklist-status lpodesk-checklist-' + $html((item.status || "").toLowerCase()) + '">' +
               $html(item.statusLabel || "") + '</span></div>');
         }
         Dom.get(base + "-items").innerHTML = html.join("");
      },

      ticked: function LPODesk_TagDialog_ticked(index)
      {
         var container = Dom.get(this.id + "-" + index + "-items"),
            boxes = container ? container.getElementsByTagName("input") : [], ids = {}, i;
         for (i = 0; i < boxes.length; i++)
         {
            if (boxes[i].checked && !boxes[i].disabled)
            {
               ids[boxes[i].value] = true;
            }
         }
         return ids;
      },

      onSave: function LPODesk_TagDialog_onSave()
      {
         var documents = [], i, ids, items, id;
         for (i = 0; i < this.files.length; i++)
         {
            ids = this.ticked(i);
            items = [];
            for (id in ids)
            {
               if (ids.hasOwnProperty(id))
               {
                  items.push(id);
               }
            }
            documents.push(
            {
               nodeRef: this.files[i].nodeRef,
               type: Dom.get(this.id + "-" + i + "-type").value,
               items: items,
               foreignLanguage: Dom.get(this.id + "-" + i + "-foreign").checked
            });
         }
         Alfresco.util.Ajax.jsonPost(
         {
            url: Alfresco.constants.PROXY_URI + "lpodesk/cases/checklist/tags",
            dataObj: { documents: documents },
            successCallback:
            {
               fn: function LPODesk_TagDialog_saved(response)
               {
                  this.close();
                  Alfresco.util.PopupManager.displayMessage(
                  {
                     text: text.msg("lpodesk.evidence.tag.saved", documents.length, (response.json && response.json.summary) || "")
                  });
                  YAHOO.Bubbling.fire("metadataRefresh");
               },
               scope: this
            },
            failureCallback:
            {
               fn: function LPODesk_TagDialog_refused(response)
               {
                  // the repository's sentence; the dialog stays open to correct the choice
                  var json = response ? response.json : null;
                  Alfresco.util.PopupManager.displayPrompt(
                  {
                     title: text.msg("lpodesk.evidence.tag.refused"),
                     text: json && json.message ? String(json.message)
                        : text.msg("lpodesk.case.unavailable", response && response.serverResponse ? response.serverResponse.status : "")
                  });
               },
               scope: this
            }
         });
      },

      close: function LPODesk_TagDialog_close()
      {
         if (this.panel)
         {
            this.panel.destroy();
            this.panel = null;
         }
      }
   };

   /**
    * Every upload into the library goes through Alfresco.FileUpload.show (the toolbar's Upload
    * button, drag and drop onto the list or a folder); its completion callback is kept and the
    * offer follows it. A new version of one document (MODE_SINGLE_UPDATE) keeps its tags.
    * Installed once the page's scripts are all loaded, whatever their order.
    */
   Event.onDOMReady(function LPODesk_evidence_install()
   {
      if (!Alfresco.FileUpload || Alfresco.FileUpload.prototype.lpodeskEvidenceOffer)
      {
         return;
      }
      var show = Alfresco.FileUpload.prototype.show;
      Alfresco.FileUpload.prototype.lpodeskEvidenceOffer = true;
      Alfresco.FileUpload.prototype.show = function LPODesk_FileUpload_show(config)
      {
         if (config && config.mode !== this.MODE_SINGLE_UPDATE)
         {
            var done = config.onFileUploadComplete;
            config.onFileUploadComplete =
            {
               fn: function LPODesk_FileUpload_complete(complete)
               {
                  if (done && typeof done.fn === "function")
                  {
                     done.fn.call(typeof done.scope === "object" ? done.scope : this, complete, done.obj);
                  }
                  LPODesk.evidence.offerTagging(complete && complete.successful ? complete.successful : []);
               },
               scope: this
            };
         }
         return show.apply(this, arguments);
      };
   });
})();
