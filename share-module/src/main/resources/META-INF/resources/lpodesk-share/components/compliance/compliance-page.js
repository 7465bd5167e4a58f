/**
 * LPO Desk's vendor compliance page in the browser: the "Record attestation…" dialog. Every field
 * is checked by the repository (core's AttestationRequest); a refusal's sentence is shown in the
 * dialog as the repository wrote it, and nothing is recorded. Dates are sent as the yyyy-MM-dd the
 * date input holds, never through a Date object, so no browser zone can move them.
 */
(function()
{
   var Dom = YAHOO.util.Dom, Event = YAHOO.util.Event;

   LPODesk = window.LPODesk || {};

   LPODesk.CompliancePage = function CompliancePage(htmlId)
   {
      LPODesk.CompliancePage.superclass.constructor.call(this, "LPODesk.CompliancePage", htmlId, []);
      return this;
   };

   YAHOO.extend(LPODesk.CompliancePage, Alfresco.component.Base,
   {
      /** the vendor whose attestation the open dialog records */
      vendorId: null,

      onReady: function CompliancePage_onReady()
      {
         var me = this, body = Dom.get(this.id + "-body"), dialog = Dom.get(this.id + "-dialog"),
            form = Dom.getElementsByClassName("lpodesk-attestation-form", "form", dialog)[0];
         this.dialog = dialog;
         this.form = form;
         Dom.getElementsByClassName("lpodesk-record-attestation", "button", body).forEach(function(button)
         {
            Event.on(button, "click", function()
            {
               me._open(button.getAttribute("data-vendor"));
            });
         });
         Event.on(Dom.getElementsByClassName("lpodesk-cancel", "button", form)[0], "click", function()
         {
            me._close();
         });
         Event.on(form.elements.kind, "change", function()
         {
            me._coveredApplies();
         });
         Event.on(form.elements.coveredPerson, "change", function()
         {
            me._coveredApplies();
         });
         Event.on(form, "submit", function(e)
         {
            Event.preventDefault(e);
            me._submit();
         });
         Event.on(document, "keydown", function(e)
         {
            if (e.keyCode === 27 && !me.dialog.hidden)
            {
               me._close();
            }
         });
      },

      _open: function CompliancePage__open(vendorId)
      {
         var section = Dom.getElementsBy(function(s) { return s.getAttribute("data-vendor") === vendorId; },
               "section", this.id + "-body")[0];
         this.vendorId = vendorId;
         this.form.reset();
         this._error(null);
         Dom.getElementsByClassName("lpodesk-dialog-title", "h2", this.form)[0].textContent =
            this.msg("lpodesk.compliance.dialog.title", section.getAttribute("data-vendor-name"));
         this._coveredApplies();
         this.dialog.hidden = false;
         this.form.elements.kind.focus();
      },

      _close: function CompliancePage__close()
      {
         this.dialog.hidden = true;
         this.vendorId = null;
      },

      /** Only ownership and staff residence can state covered-person facts; the facts only with the statement. */
      _coveredApplies: function CompliancePage__coveredApplies()
      {
         var elements = this.form.elements, canState = elements.kind.value !== "SECURITY";
         Dom.getElementsByClassName("lpodesk-covered", "label", this.form)[0].hidden = !canState;
         if (!canState)
         {
            elements.coveredPerson.checked = false;
         }
         Dom.getElementsByClassName("lpodesk-facts", "label", this.form)[0].hidden = !elements.coveredPerson.checked;
      },

      _error: function CompliancePage__error(text)
      {
         var box = Dom.getElementsByClassName("lpodesk-dialog-error", "div", this.form)[0];
         box.textContent = text || "";
         box.hidden = !text;
      },

      _submit: function CompliancePage__submit()
      {
         var me = this, e = this.form.elements, save = Dom.getElementsByClassName("lpodesk-save", "button", this.form)[0],
            body =
            {
               kind: e.kind.value,
               signedOn: e.signedOn.value,
               signer: e.signer.value,
               document: e.document.value,
               expiresOn: e.expiresOn.value || null,
               coveredPerson: e.coveredPerson.checked,
               facts: e.coveredPerson.checked ? e.facts.value : null
            };
         save.disabled = true;
         save.textContent = this.msg("lpodesk.compliance.dialog.saving");
         Alfresco.util.Ajax.jsonPost(
         {
            url: Alfresco.constants.PROXY_URI + "lpodesk/vendors/" + encodeURIComponent(this.vendorId) + "/attestations",
            dataObj: body,
            successCallback:
            {
               fn: function()
               {
                  // the page shows what the repository now says of every vendor
                  window.location.reload();
               },
               scope: this
            },
            failureCallback:
            {
               fn: function(response)
               {
                  var json = response.json || (response.serverResponse && Alfresco.util.parseJSON(response.serverResponse.responseText));
                  save.disabled = false;
                  save.textContent = me.msg("lpodesk.compliance.dialog.save");
                  me._error(json && json.message ? json.message
                     : me.msg("lpodesk.compliance.dialog.failed", response.serverResponse ? response.serverResponse.status : "?"));
               },
               scope: this
            }
         });
      }
   });
})();
