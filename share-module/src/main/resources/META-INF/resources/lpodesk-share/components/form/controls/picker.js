/**
 * LPO Desk pickers of the forms (case-picker.ftl, vendor-picker.ftl, attorney-picker.ftl): a select of
 * the open cases (GET /lpodesk/cases), of the engaged vendors (GET /lpodesk/vendors) or of the
 * members of a group (GET api/groups/{group}/children, by full name, storing the user name) that writes the
 * chosen node reference or vendor id into the field's hidden input and fires "change" on it, so
 * that whatever watches the field (the vendor due-date helper) sees every change, including a
 * value the outsourcing dialog sets. Vendors are narrowed to those engaged for the chosen task
 * kind. In view mode the case's number and type replace its node reference, a person's full name
 * their user name. A person no longer in the group stays selected under their user name: the
 * picker never clears a recorded person.
 * ES5 only.
 */
var LPODesk = LPODesk || {};
LPODesk.forms = LPODesk.forms || {};

(function()
{
   var Dom = YAHOO.util.Dom,
      Event = YAHOO.util.Event;

   /** Fires a DOM "change" event on an input, as a user's edit would. */
   LPODesk.forms.fireChange = function LPODesk_fireChange(input)
   {
      var event;
      if (!input)
      {
         return;
      }
      if (document.createEvent)
      {
         event = document.createEvent("HTMLEvents");
         event.initEvent("change", true, false);
         input.dispatchEvent(event);
      }
      else
      {
         input.fireEvent("onchange");
      }
   };

   /**
    * Points a link at a folder's place in its site's document library (where the vendor works on
    * the drafts), once the repository says where that is; the link's own target stays otherwise.
    */
   LPODesk.forms.linkToLibrary = function LPODesk_linkToLibrary(linkId, nodeRef)
   {
      // workspace://SpacesStore/<id> is addressed as workspace/SpacesStore/<id>
      var nodePath = nodeRef.replace("://", "/");
      Alfresco.util.Ajax.jsonGet(
      {
         url: Alfresco.constants.PROXY_URI + "slingshot/doclib2/node/" + nodePath + "",
         successCallback:
         {
            fn: function LPODesk_linkToLibrary_success(response)
            {
               var item = response.json ? response.json.item : null,
                  location = item ? item.location : null,
                  link = Dom.get(linkId), path;
               if (link && location && location.site && location.site.name)
               {
                  path = (location.path === "/" ? "" : location.path) + "/" + location.file;
                  link.href = Alfresco.util.siteURL("documentlibrary?path=" + encodeURIComponent(path),
                     { site: location.site.name });
               }
            },
            scope: this
         }
      });
   };

   LPODesk.forms.Picker = function LPODesk_Picker(htmlId)
   {
      LPODesk.forms.Picker.superclass.constructor.call(this, "LPODesk.forms.Picker", htmlId, []);
      this.entries = null;
      return this;
   };

   YAHOO.extend(LPODesk.forms.Picker, Alfresco.component.Base,
   {
      options:
      {
         /** "cases", "vendors" or "people" */
         source: "cases",
         /** The group whose members a "people" picker offers, e.g. GROUP_IMM_ATTORNEYS */
         group: "",
         viewMode: false,
         /** The task kind select a vendor picker narrows by */
         kindFieldId: ""
      },

      onReady: function LPODesk_Picker_onReady()
      {
         var hidden = Dom.get(this.id), kind;
         if (this.options.viewMode)
         {
            if (this.options.source === "cases" && hidden && hidden.value)
            {
               this.load(Alfresco.constants.PROXY_URI + "lpodesk/cases/summary?case=" + encodeURIComponent(hidden.value),
                  this.onCaseSummary);
            }
            else if (this.options.source === "people" && hidden && hidden.value)
            {
               this.load(this.peopleUrl(), this.onPeopleView);
            }
            return;
         }
         Event.addListener(this.id + "-lpodesk-select", "change", this.onSelect, this, true);
         Event.addListener(hidden, "change", this.render, this, true);
         kind = this.options.kindFieldId ? Dom.get(this.options.kindFieldId) : null;
         if (kind)
         {
            Event.addListener(kind, "change", this.render, this, true);
         }
         if (this.options.source === "people")
         {
            this.load(this.peopleUrl(), this.onList);
            return;
         }
         this.load(this.options.source === "cases" ? Alfresco.constants.PROXY_URI + "lpodesk/cases?max=500"
            : Alfresco.constants.PROXY_URI + "lpodesk/vendors", this.onList);
      },

      /** The user members of the group (its short name without the GROUP_ prefix), any user may read it. */
      peopleUrl: function LPODesk_Picker_peopleUrl()
      {
         var group = this.options.group.replace(/^GROUP_/, "");
         return Alfresco.constants.PROXY_URI + "api/groups/" + encodeURIComponent(group) +
            "/children?authorityType=USER&maxItems=1000&sortBy=displayName";
      },

      /** The person's full name as the groups API answers it (displayName), else the user name. */
      personEntries: function LPODesk_Picker_personEntries(json)
      {
         var rows = json.data || [], entries = [], i;
         for (i = 0; i < rows.length; i++)
         {
            entries.push({ value: rows[i].shortName, label: rows[i].displayName || rows[i].fullName || rows[i].shortName, kinds: null });
         }
         return entries;
      },

      onPeopleView: function LPODesk_Picker_onPeopleView(response)
      {
         var entries = this.personEntries(response.json || {}),
            hidden = Dom.get(this.id),
            view = Dom.get(this.id + "-lpodesk-view"), i;
         for (i = 0; view && i < entries.length; i++)
         {
            if (entries[i].value === hidden.value)
            {
               view.innerHTML = Alfresco.util.encodeHTML(entries[i].label);
            }
         }
      },

      load: function LPODesk_Picker_load(url, callback)
      {
         Alfresco.util.Ajax.jsonGet(
         {
            url: url,
            successCallback: { fn: callback, scope: this },
            failureCallback: { fn: this.onFailure, scope: this }
         });
      },

      onList: function LPODesk_Picker_onList(response)
      {
         var json = response.json || {}, i, rows, more;
         this.entries = [];
         if (this.options.source === "cases")
         {
            rows = json.cases || [];
            for (i = 0; i < rows.length; i++)
            {
               this.entries.push(
               {
                  value: rows[i].nodeRef,
                  label: this.msg("lpodesk.picker.case.option", rows[i].caseNumber, rows[i].caseTypeLabel, rows[i].beneficiary),
                  kinds: null
               });
            }
            more = json.hasMore === true;
         }
         else if (this.options.source === "people")
         {
            this.entries = this.personEntries(json);
         }
         else
         {
            rows = json.vendors || [];
            for (i = 0; i < rows.length; i++)
            {
               this.entries.push({ value: rows[i].id, label: rows[i].name, kinds: this.kindsOf(rows[i]) });
            }
         }
         this.more = more;
         this.render();
      },

      kindsOf: function LPODesk_Picker_kindsOf(vendor)
      {
         var kinds = [], i;
         for (i = 0; i < (vendor.taskKinds || []).length; i++)
         {
            kinds.push(vendor.taskKinds[i].kind);
         }
         return kinds;
      },

      /** Rebuilds the options: the entries (narrowed to the task kind), the hidden value selected. */
      render: function LPODesk_Picker_render()
      {
         var select = Dom.get(this.id + "-lpodesk-select"),
            hidden = Dom.get(this.id),
            kindField = this.options.kindFieldId ? Dom.get(this.options.kindFieldId) : null,
            kind = kindField ? kindField.value : "",
            i, entry, option, found = false;
         if (!select || this.entries === null)
         {
            return;
         }
         select.options.length = 0;
         if (this.entries.length > 0)
         {
            select.options[0] = new Option(this.msg("lpodesk.picker.choose"), "");
         }
         else if (this.options.source === "cases")
         {
            select.options[0] = new Option(this.msg("lpodesk.picker.cases.none"), "");
         }
         else if (this.options.source === "people")
         {
            select.options[0] = new Option(this.msg("lpodesk.picker.people.none"), "");
         }
         else
         {
            select.options[0] = new Option(this.msg("lpodesk.picker.vendors.none"), "");
         }
         for (i = 0; i < this.entries.length; i++)
         {
            entry = this.entries[i];
            if (entry.kinds !== null && kind && Alfresco.util.arrayIndex(entry.kinds, kind) === -1)
            {
               continue;
            }
            option = new Option(entry.label, entry.value);
            select.options[select.options.length] = option;
            if (entry.value === hidden.value)
            {
               option.selected = true;
               found = true;
            }
         }
         if (this.more)
         {
            option = new Option(this.msg("lpodesk.picker.cases.more"), "");
            option.disabled = true;
            select.options[select.options.length] = option;
         }
         if (!found && hidden.value && this.options.source === "people")
         {
            // A recorded person who left the group keeps the field's value, shown by user name
            option = new Option(hidden.value, hidden.value);
            option.selected = true;
            select.options[select.options.length] = option;
         }
         else if (!found && hidden.value)
         {
            // A value no longer offered (a vendor not engaged for the new kind) is cleared
            hidden.value = "";
            YAHOO.Bubbling.fire("mandatoryControlValueUpdated", this);
         }
      },

      onSelect: function LPODesk_Picker_onSelect()
      {
         var select = Dom.get(this.id + "-lpodesk-select"),
            hidden = Dom.get(this.id);
         hidden.value = select.value;
         LPODesk.forms.fireChange(hidden);
         YAHOO.Bubbling.fire("mandatoryControlValueUpdated", this);
      },

      onCaseSummary: function LPODesk_Picker_onCaseSummary(response)
      {
         var json = response.json || {},
            view = Dom.get(this.id + "-lpodesk-view");
         if (view && json.caseNumber)
         {
            view.innerHTML = Alfresco.util.encodeHTML(this.msg("lpodesk.picker.case.view", json.caseNumber,
               json.parties && json.parties.beneficiary ? json.parties.beneficiary : ""));
         }
      },

      onFailure: function LPODesk_Picker_onFailure()
      {
         var select = Dom.get(this.id + "-lpodesk-select");
         if (select)
         {
            select.options.length = 0;
            select.options[0] = new Option(this.msg("lpodesk.picker.unavailable"), "");
         }
      }
   });
})();
