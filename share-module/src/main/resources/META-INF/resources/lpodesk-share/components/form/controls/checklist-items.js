/**
 * LPO Desk checklist-items control (checklist-items.ftl): the items of the case's evidence checklist
 * (GET /lpodesk/cases/checklist?nodeRef=, answered by the repository, which owns the checklist and its
 * completeness) as checkboxes, missing required items first as the repository orders them; the
 * ticked ids go comma-separated into the field's hidden input. Items the document's type cannot
 * satisfy are shown but not offered. In view mode the ids are replaced by the items' labels
 * (GET /lpodesk/checklists/labels, which any reader may ask, a vendor on a shared copy included).
 * ES5 only.
 */
var LPODesk = LPODesk || {};
LPODesk.forms = LPODesk.forms || {};

(function()
{
   var Dom = YAHOO.util.Dom,
      Event = YAHOO.util.Event,
      $html = Alfresco.util.encodeHTML;

   LPODesk.forms.ChecklistItems = function LPODesk_ChecklistItems(htmlId)
   {
      LPODesk.forms.ChecklistItems.superclass.constructor.call(this, "LPODesk.forms.ChecklistItems", htmlId, []);
      return this;
   };

   YAHOO.extend(LPODesk.forms.ChecklistItems, Alfresco.component.Base,
   {
      options:
      {
         /** The document (edit form) or the folder the document is created in (create form) */
         nodeRef: "",
         /** The type being created (create form), else the document's own type is in the answer */
         documentType: "",
         viewMode: false
      },

      onReady: function LPODesk_ChecklistItems_onReady()
      {
         var container = Dom.get(this.id + (this.options.viewMode ? "-lpodesk-view" : "-lpodesk-items"));
         if (!container)
         {
            return;
         }
         if (this.options.viewMode)
         {
            this.showLabels(container);
            return;
         }
         if (!this.options.nodeRef)
         {
            container.innerHTML = $html(this.msg("lpodesk.checklist.items.no-case"));
            return;
         }
         Alfresco.util.Ajax.jsonGet(
         {
            url: Alfresco.constants.PROXY_URI + "lpodesk/cases/checklist?nodeRef=" + encodeURIComponent(this.options.nodeRef),
            successCallback: { fn: this.onChecklist, scope: this },
            failureCallback:
            {
               fn: function LPODesk_ChecklistItems_failure(response)
               {
                  // 404: the document is not in a case (its checklist does not exist), else unavailable
                  var status = response.serverResponse ? response.serverResponse.status : 0;
                  if (status === 404)
                  {
                     container.innerHTML = $html(this.msg("lpodesk.checklist.items.no-case"));
                  }
                  else if (status === 403)
                  {
                     container.innerHTML = $html(this.msg("lpodesk.checklist.items.firm-only"));
                  }
                  else
                  {
                     container.innerHTML = $html(this.msg("lpodesk.picker.unavailable"));
                  }
               },
               scope: this
            }
         });
      },

      /** View mode: the tags by name, from the checklists in force (any reader, a vendor's shared copy too) */
      showLabels: function LPODesk_ChecklistItems_showLabels(container)
      {
         var ids = [], selected = this.selected(), id;
         for (id in selected)
         {
            if (selected.hasOwnProperty(id))
            {
               ids.push(id);
            }
         }
         if (ids.length === 0)
         {
            container.innerHTML = $html(this.msg("lpodesk.checklist.items.none"));
            return;
         }
         Alfresco.util.Ajax.jsonGet(
         {
            url: Alfresco.constants.PROXY_URI + "lpodesk/checklists/labels?items=" + encodeURIComponent(ids.join(",")),
            successCallback:
            {
               fn: function LPODesk_ChecklistItems_labels(response)
               {
                  var items = (response.json && response.json.items) || [], labels = [], i;
                  for (i = 0; i < items.length; i++)
                  {
                     labels.push(items[i].label);
                  }
                  container.innerHTML = $html(labels.join("; "));
               },
               scope: this
            },
            failureCallback:
            {
               fn: function LPODesk_ChecklistItems_labelsFailed()
               {
                  container.innerHTML = $html(ids.join("; "));
               },
               scope: this
            }
         });
      },

      selected: function LPODesk_ChecklistItems_selected()
      {
         var value = Dom.get(this.id).value, ids = {}, parts = value ? value.split(",") : [], i;
         for (i = 0; i < parts.length; i++)
         {
            if (parts[i])
            {
               ids[YAHOO.lang.trim(parts[i])] = true;
            }
         }
         return ids;
      },

      onChecklist: function LPODesk_ChecklistItems_onChecklist(response)
      {
         var json = response.json || {}, items = json.items || [], selected = this.selected(),
            type = this.options.documentType || json.documentType || "", html = [], i, item, id, offered;
         html.push('<div class="lpodesk-checklist-name">' + $html(this.msg("lpodesk.checklist.items.of", json.checklistLabel || "", json.caseNumber || "")) + '</div>');
         for (i = 0; i < items.length; i++)
         {
            item = items[i];
            id = this.id + "-item-" + i;
            offered = !type || !item.satisfiedBy || item.satisfiedBy.length === 0 || Alfresco.util.arrayContains(item.satisfiedBy, type);
            html.push('<div class="lpodesk-checklist-choice' + (offered ? '' : ' lpodesk-checklist-unavailable') + '">' +
               '<input type="checkbox" id="' + id + '" value="' + $html(item.id) + '"' + (selected[item.id] ? ' checked="checked"' : '') +
               (offered ? '' : ' disabled="disabled" title="' + $html(this.msg("lpodesk.checklist.items.wrong-type")) + '"') + '/> ' +
               '<label for="' + id + '">' + $html(item.label) + '</label>' +
               ' <span class="lpodesk-checklist-status lpodesk-checklist-' + $html((item.status || "").toLowerCase()) + '">' + $html(item.statusLabel || "") + '</span></div>');
         }
         if (items.length === 0)
         {
            html.push('<div>' + $html(this.msg("lpodesk.checklist.items.empty")) + '</div>');
         }
         Dom.get(this.id + "-lpodesk-items").innerHTML = html.join("");
         Event.addListener(this.id + "-lpodesk-items", "click", this.onClick, this, true);
      },

      onClick: function LPODesk_ChecklistItems_onClick(e)
      {
         var boxes = Dom.get(this.id + "-lpodesk-items").getElementsByTagName("input"), ids = [], i;
         if (Event.getTarget(e).tagName !== "INPUT")
         {
            return;
         }
         for (i = 0; i < boxes.length; i++)
         {
            if (boxes[i].checked)
            {
               ids.push(boxes[i].value);
            }
         }
         Dom.get(this.id).value = ids.join(",");
         LPODesk.forms.fireChange(Dom.get(this.id));
      }
   });
})();
