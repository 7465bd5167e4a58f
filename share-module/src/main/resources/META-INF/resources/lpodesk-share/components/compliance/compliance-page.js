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
   LPODesk.compliance = LPODesk.compliance || {};

   /** The kinds that may state covered-person facts (28 CFR 202.211(a)(1) and (a)(4)); security attests controls only. */
   LPODesk.compliance.COVERED_PERSON_KINDS = { OWNERSHIP: true, STAFF_RESIDENCE: true };

   /**
    * The body of POST /lpodesk/vendors/{id}/attestations from the dialog's values as the inputs hold
    * them. An empty date is no date (null), not an empty text the repository would have to read as
    * one; facts go only with the statement they support.
    *
    * @param values { kind, signedOn, signer, document, expiresOn, coveredPerson (boolean), facts }
    */
   LPODesk.compliance.attestationBody = function attestationBody(values)
   {
      var covered = values.coveredPerson === true && LPODesk.compliance.COVERED_PERSON_KINDS[values.kind] === true;
      return {
         kind: values.kind,
         signedOn: values.signedOn || null,
         signer: values.signer,
         document: values.document,
         expiresOn: values.expiresOn || null,
         coveredPerson: covered,
         facts: covered ? values.facts : null
      };
   };

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
         this.body = body;
         this.dialog = dialog;
         this.form = form;
         // one listener on the page: a vendor's section is replaced after each recording, its button with it
         Event.on(body, "click", function(e)
         {
            var target = Event.getTarget(e);
            if (Dom.hasClass(target, "lpodesk-record-attestation"))
            {
               me._open(target.getAttribute("data-vendor"));
            }
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

      /** The section of a vendor in a document (this page's, or one fetched to replace it). */
      _section: function CompliancePage__section(root, vendorId)
      {
         var sections = root.querySelectorAll("section.lpodesk-vendor"), i;
         for (i = 0; i < sections.length; i++)
         {
            if (sections[i].getAttribute("data-vendor") === vendorId)
            {
               return sections[i];
            }
         }
         return null;
      },

      _open: function CompliancePage__open(vendorId)
      {
         var section = this._section(this.body, vendorId);
         this.vendorId = vendorId;
         this.form.reset();
         this._error(null);
         Dom.getElementsByClassName("lpodesk-dialog-title", "h2", this.form)[0].textContent =
            this.msg("lpodesk.compliance.dialog.title", section.getAttribute("data-vendor-name"));
         this._coveredApplies();
         this._saving(false);
         this.dialog.hidden = false;
         this.form.elements.kind.focus();
      },

      _close: function CompliancePage__close()
      {
         var vendorId = this.vendorId, section;
         this.dialog.hidden = true;
         this.vendorId = null;
         // back where the user was: the vendor's button (a new one when the section was replaced)
         section = vendorId ? this._section(this.body, vendorId) : null;
         if (section)
         {
            section.querySelector(".lpodesk-record-attestation").focus();
         }
      },

      /** Only ownership and staff residence can state covered-person facts; the facts only with the statement. */
      _coveredApplies: function CompliancePage__coveredApplies()
      {
         var elements = this.form.elements, canState = LPODesk.compliance.COVERED_PERSON_KINDS[elements.kind.value] === true;
         Dom.getElementsByClassName("lpodesk-covered", "label", this.form)[0].hidden = !canState;
         if (!canState)
         {
            elements.coveredPerson.checked = false;
         }
         Dom.getElementsByClassName("lpodesk-facts", "label", this.form)[0].hidden = !elements.coveredPerson.checked;
         elements.facts.required = elements.coveredPerson.checked;
      },

      /** The repository's sentence, or none; the field it names is marked and focused. */
      _error: function CompliancePage__error(text, argument)
      {
         var box = Dom.getElementsByClassName("lpodesk-dialog-error", "div", this.form)[0], elements = this.form.elements,
            names = ["kind", "signedOn", "signer", "document", "expiresOn", "coveredPerson", "facts"], i;
         box.textContent = text || "";
         box.hidden = !text;
         for (i = 0; i < names.length; i++)
         {
            if (names[i] === argument)
            {
               elements[names[i]].setAttribute("aria-invalid", "true");
            }
            else
            {
               elements[names[i]].removeAttribute("aria-invalid");
            }
         }
         if (argument && elements[argument] && !Dom.getAncestorBy(elements[argument], function(e) { return e.hidden; }))
         {
            elements[argument].focus();
         }
      },

      _saving: function CompliancePage__saving(saving)
      {
         var save = Dom.getElementsByClassName("lpodesk-save", "button", this.form)[0];
         save.disabled = saving;
         save.textContent = saving ? this.msg("lpodesk.compliance.dialog.saving") : this.msg("lpodesk.compliance.dialog.save");
      },

      _submit: function CompliancePage__submit()
      {
         var me = this, e = this.form.elements, vendorId = this.vendorId,
            body = LPODesk.compliance.attestationBody(
            {
               kind: e.kind.value,
               signedOn: e.signedOn.value,
               signer: e.signer.value,
               document: e.document.value,
               expiresOn: e.expiresOn.value,
               coveredPerson: e.coveredPerson.checked,
               facts: e.facts.value
            }),
            recorded = this.msg("lpodesk.compliance.recorded", e.kind.options[e.kind.selectedIndex].text, body.signer);
         this._saving(true);
         Alfresco.util.Ajax.jsonPost(
         {
            url: Alfresco.constants.PROXY_URI + "lpodesk/vendors/" + encodeURIComponent(vendorId) + "/attestations",
            dataObj: body,
            successCallback:
            {
               fn: function()
               {
                  me._refresh(vendorId, recorded);
               },
               scope: this
            },
            failureCallback:
            {
               fn: function(response)
               {
                  var json = response.json || (response.serverResponse && Alfresco.util.parseJSON(response.serverResponse.responseText));
                  me._saving(false);
                  me._error(json && json.message ? json.message
                     : me.msg("lpodesk.compliance.dialog.failed", response.serverResponse ? response.serverResponse.status : "?"),
                     json ? json.argument : null);
               },
               scope: this
            }
         });
      },

      /**
       * The vendor's section as the repository now judges it: this component rendered again by Share
       * (the same template as the page), of which only the vendor's section is taken. Were that to
       * fail, the whole page is read again: the attestation is recorded either way.
       */
      _refresh: function CompliancePage__refresh(vendorId, recorded)
      {
         var me = this;
         Alfresco.util.Ajax.request(
         {
            url: Alfresco.constants.URL_SERVICECONTEXT + "lpodesk/components/compliance/compliance-page",
            dataObj: { htmlid: this.id },
            successCallback:
            {
               fn: function(response)
               {
                  var fresh = me._section(new DOMParser().parseFromString(response.serverResponse.responseText, "text/html"), vendorId),
                     old = me._section(me.body, vendorId), section, note;
                  if (!fresh || !old)
                  {
                     window.location.reload();
                     return;
                  }
                  section = document.importNode(fresh, true);
                  old.parentNode.replaceChild(section, old);
                  note = section.querySelector(".lpodesk-recorded");
                  note.textContent = recorded;
                  me._close();
               },
               scope: this
            },
            failureCallback:
            {
               fn: function()
               {
                  window.location.reload();
               },
               scope: this
            }
         });
      }
   });
})();
