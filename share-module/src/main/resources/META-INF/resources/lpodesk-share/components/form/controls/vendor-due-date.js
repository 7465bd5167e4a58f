/**
 * LPO Desk vendor due-date helper on the outsourcing start form: when the case field holds a
 * case, asks the repository's deadline helper for the latest vendor due date that leaves the
 * firm its review buffer, shows it with the case deadline, pre-fills an empty due date with it
 * and fills it again on request.
 * ES5 only.
 */
var LPODesk = LPODesk || {};
LPODesk.forms = LPODesk.forms || {};

(function()
{
   var Dom = YAHOO.util.Dom,
      Event = YAHOO.util.Event,
      $html = Alfresco.util.encodeHTML;

   LPODesk.forms.VendorDueDate = function LPODesk_VendorDueDate(htmlId)
   {
      LPODesk.forms.VendorDueDate.superclass.constructor.call(this, "LPODesk.forms.VendorDueDate", htmlId, []);
      return this;
   };

   YAHOO.extend(LPODesk.forms.VendorDueDate, Alfresco.component.Base,
   {
      options:
      {
         /** Input holding the case folder's nodeRef */
         caseFieldId: "",
         /** Base id of the date control (Share's date.ftl) */
         dateFieldId: "",
         /** The date control's entry format, a pattern of d, dd, M, MM and yyyy (e.g. M/d/yyyy) */
         entryFormat: "M/d/yyyy"
      },

      onReady: function LPODesk_VendorDueDate_onReady()
      {
         var caseField = Dom.get(this.options.caseFieldId);
         if (caseField)
         {
            Event.addListener(caseField, "change", this.refresh, this, true);
            this.refresh();
         }
      },

      refresh: function LPODesk_VendorDueDate_refresh()
      {
         var caseField = Dom.get(this.options.caseFieldId),
            caseRef = caseField ? YAHOO.lang.trim(caseField.value) : "";
         if (caseRef.length === 0)
         {
            this.show("");
            return;
         }
         Alfresco.util.Ajax.jsonGet(
         {
            url: Alfresco.constants.PROXY_URI + "lpodesk/outsourcing/due-date?case=" + encodeURIComponent(caseRef),
            successCallback: { fn: this.onDueDate, scope: this },
            failureCallback: { fn: this.onNoDueDate, scope: this }
         });
      },

      onDueDate: function LPODesk_VendorDueDate_onDueDate(response)
      {
         var json = response.json;
         if (!json || !json.latestVendorDueDate)
         {
            this.onNoDueDate();
            return;
         }
         this.latest = json.latestVendorDueDate;
         this.show(
            $html(this.msg("lpodesk.due-date.suggested", this.entryText(json.latestVendorDueDate),
               this.entryText(json.caseDeadline))) +
            ' <a href="#" class="theme-color-1" id="' + this.id + '-lpodesk-use">' + $html(this.msg("lpodesk.due-date.use")) + "</a>");
         Event.addListener(this.id + "-lpodesk-use", "click", this.onUse, this, true);
         // Pre-fill an empty due date; a date the requester already chose is left alone
         var hidden = Dom.get(this.options.dateFieldId);
         if (hidden && !hidden.value)
         {
            this.fill();
         }
      },

      onNoDueDate: function LPODesk_VendorDueDate_onNoDueDate()
      {
         this.latest = null;
         this.show($html(this.msg("lpodesk.due-date.none")));
      },

      onUse: function LPODesk_VendorDueDate_onUse(e)
      {
         Event.preventDefault(e);
         this.fill();
      },

      fill: function LPODesk_VendorDueDate_fill()
      {
         var entry = Dom.get(this.options.dateFieldId + "-cntrl-date"),
            hidden = Dom.get(this.options.dateFieldId);
         if (this.latest && entry && hidden)
         {
            // Share's date control keeps the ISO value in the hidden field and shows the entry
            hidden.value = this.latest;
            entry.value = this.entryText(this.latest);
            YAHOO.Bubbling.fire("mandatoryControlValueUpdated", this);
         }
      },

      /** A calendar date (YYYY-MM-DD) as the date control shows it: no time zone, it is a day */
      entryText: function LPODesk_VendorDueDate_entryText(isoDay)
      {
         var parts = String(isoDay).substring(0, 10).split("-"),
            pad = function(n) { return n.length < 2 ? "0" + n : n; },
            day = String(parseInt(parts[2], 10)), month = String(parseInt(parts[1], 10));
         return this.options.entryFormat.replace(/yyyy|MM|M|dd|d/g, function(token)
         {
            return { yyyy: parts[0], MM: pad(month), M: month, dd: pad(day), d: day }[token];
         });
      },

      show: function LPODesk_VendorDueDate_show(html)
      {
         var hint = Dom.get(this.id + "-lpodesk-hint");
         if (hint)
         {
            hint.innerHTML = html;
         }
      }
   });
})();
