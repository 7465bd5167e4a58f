/**
 * LPO Desk case page (org/lpodesk/components/case/case-page): the page's actions. Everything the
 * page shows was computed by the repository; these only send the user's decisions back to it and
 * reload the page with the repository's new answer:
 *  - a status move (the allowed next statuses the repository listed) through the node's form
 *    processor, where the repository's status rules refuse a move with their own sentence;
 *  - "Add notice": the create form of a USCIS notice in the case's notices folder (the repository
 *    computes its response deadline and the case deadline);
 *  - "Add issue…" on a notice that asks for evidence: Share's create form of an RFE issue, sent to
 *    the repository's issue service (which numbers it and files it under the notice);
 *  - "Edit / link exhibits…" on an issue: the issue's own edit form, where exhibits are picked;
 *  - "Outsource…": the outsourcing dialog of the document library, with the case filled in;
 *  - e-mail: "Reply" (the repository drafts the reply and the page opens it for writing), "Outsource
 *    reply…" (a client e-mail task with the message), "Send" on an approved reply, "Release" of a held
 *    message; the repository refuses with its own sentence, which the page shows.
 * ES5 only: Share's client code runs in every browser Share supports.
 */
var LPODesk = LPODesk || {};

(function()
{
   var Dom = YAHOO.util.Dom,
      Event = YAHOO.util.Event,
      $html = Alfresco.util.encodeHTML;

   LPODesk.CasePage = function LPODesk_CasePage_constructor(htmlId)
   {
      return LPODesk.CasePage.superclass.constructor.call(this, "LPODesk.CasePage", htmlId, ["button", "container"]);
   };

   YAHOO.extend(LPODesk.CasePage, Alfresco.component.Base,
   {
      options:
      {
         /** The case folder */
         nodeRef: "",
         siteId: "",
         caseNumber: "",
         /** The case's USCIS notices folder ("" when the user cannot see it: no "Add notice") */
         noticesFolder: "",
         /** A PERM case's timeline as the repository computed it (steps, window, clocks), else null */
         perm: null,
         /** The case's documents a reply may attach ({id, name, folder}) */
         mailDocuments: []
      },

      onReady: function LPODesk_CasePage_onReady()
      {
         // the page's own buttons, inside the component's element (Surf's uniqueIdDiv, id = this.id)
         var outsource = Dom.getElementsByClassName("lpodesk-outsource-button", "button", this.id)[0],
            addNotice = Dom.getElementsByClassName("lpodesk-add-notice-button", "button", this.id)[0],
            moves = Dom.getElementsByClassName("lpodesk-status-action", "button", this.id),
            waivers,
            issueButtons,
            i;
         if (outsource)
         {
            Event.on(outsource, "click", this.onOutsource, this, true);
         }
         if (addNotice)
         {
            if (this.options.noticesFolder)
            {
               Event.on(addNotice, "click", this.onAddNotice, this, true);
            }
            else
            {
               addNotice.parentNode.removeChild(addNotice);
            }
         }
         for (i = 0; i < moves.length; i++)
         {
            Event.on(moves[i], "click", this.onStatusMove, moves[i], this);
         }
         waivers = Dom.getElementsByClassName("lpodesk-waive-button", "button", this.id);
         for (i = 0; i < waivers.length; i++)
         {
            Event.on(waivers[i], "click", this.onWaive, waivers[i], this);
         }
         this.wirePerm();
         this.wireUscis();
         issueButtons = Dom.getElementsByClassName("lpodesk-add-issue-button", "button", this.id);
         for (i = 0; i < issueButtons.length; i++)
         {
            Event.on(issueButtons[i], "click", this.onAddIssue, issueButtons[i], this);
         }
         issueButtons = Dom.getElementsByClassName("lpodesk-edit-issue-button", "button", this.id);
         for (i = 0; i < issueButtons.length; i++)
         {
            Event.on(issueButtons[i], "click", this.onEditIssue, issueButtons[i], this);
         }
         this.wireMail();
      },

      /** The e-mail section's buttons */
      wireMail: function LPODesk_CasePage_wireMail()
      {
         var kinds = [["lpodesk-mail-reply", this.onMailReply], ["lpodesk-mail-outsource", this.onMailOutsource],
               ["lpodesk-mail-send", this.onMailSend], ["lpodesk-mail-release", this.onMailRelease]],
            buttons, i, k;
         for (k = 0; k < kinds.length; k++)
         {
            buttons = Dom.getElementsByClassName(kinds[k][0], "button", this.id);
            for (i = 0; i < buttons.length; i++)
            {
               Event.on(buttons[i], "click", kinds[k][1], buttons[i], this);
            }
         }
      },

      /** The repository drafts the reply (addressed, threaded, quoted); the user writes it in Share's editor */
      onMailReply: function LPODesk_CasePage_onMailReply(event, button)
      {
         var message = new Alfresco.util.NodeRef(button.getAttribute("data-message"));
         button.disabled = true;
         Alfresco.util.Ajax.jsonPost(
         {
            url: Alfresco.constants.PROXY_URI + "lpodesk/correspondence/" + message.id + "/reply",
            dataObj: {},
            successCallback:
            {
               fn: function LPODesk_CasePage_replied(response)
               {
                  Alfresco.util.PopupManager.displayMessage({ text: this.msg("lpodesk.mail.reply.created", response.json.name) });
                  window.location.href = Alfresco.constants.URL_PAGECONTEXT + (this.options.siteId ? "site/" + this.options.siteId + "/" : "")
                        + "inline-edit?nodeRef=" + encodeURIComponent(response.json.id);
               },
               scope: this
            },
            failureCallback:
            {
               fn: function LPODesk_CasePage_notReplied(response)
               {
                  button.disabled = false;
                  this.showRefusal(this.msg("lpodesk.mail.reply.refused"), response);
               },
               scope: this
            }
         });
      },

      onMailOutsource: function LPODesk_CasePage_onMailOutsource(event, button)
      {
         LPODesk.outsourcing.outsourceReply(this, this.options.nodeRef, button.getAttribute("data-message"),
               this.bind(this.reloadSoon));
      },

      /** Sends an approved reply once, after the user confirmed; a mail server failure says when it is tried again */
      onMailSend: function LPODesk_CasePage_onMailSend(event, button)
      {
         var reply = new Alfresco.util.NodeRef(button.getAttribute("data-reply")),
            name = button.getAttribute("data-name"),
            me = this;
         var html = ["<p>" + $html(this.msg("lpodesk.mail.send.confirm.text")) + "</p>"], i, d;
         if (this.options.mailDocuments.length > 0)
         {
            html.push("<p>" + $html(this.msg("lpodesk.mail.send.attach")) + "</p><div class=\"lpodesk-mail-attach-list\">");
            for (i = 0; i < this.options.mailDocuments.length; i++)
            {
               d = this.options.mailDocuments[i];
               html.push("<label><input type=\"checkbox\" class=\"lpodesk-mail-attach\" value=\"" + $html(d.id) + "\"/> "
                     + $html(d.name) + " <span class=\"lpodesk-secondary\">" + $html(d.folder) + "</span></label><br/>");
            }
            html.push("</div>");
         }
         Alfresco.util.PopupManager.displayPrompt(
         {
            title: this.msg("lpodesk.mail.send.confirm.title", name),
            text: html.join(""),
            noEscape: true,
            buttons: [
            {
               text: this.msg("lpodesk.mail.send.button"),
               handler: function LPODesk_CasePage_sendConfirmed()
               {
                  var boxes = Dom.getElementsByClassName("lpodesk-mail-attach", "input", this.element),
                     attachments = [], b;
                  for (b = 0; b < boxes.length; b++)
                  {
                     if (boxes[b].checked)
                     {
                        attachments.push(boxes[b].value);
                     }
                  }
                  this.destroy();
                  button.disabled = true;
                  Alfresco.util.Ajax.jsonPost(
                  {
                     url: Alfresco.constants.PROXY_URI + "lpodesk/correspondence/" + reply.id + "/send",
                     dataObj: { attachments: attachments },
                     successCallback:
                     {
                        fn: function LPODesk_CasePage_sent(response)
                        {
                           var r = response.json || {};
                           Alfresco.util.PopupManager.displayMessage(
                           {
                              text: r.state === "SENT" ? me.msg("lpodesk.mail.send.sent")
                                    : me.msg("lpodesk.mail.send.retrying", r.nextAttemptAt || "", r.error || ""),
                              displayTime: r.state === "SENT" ? 2.5 : 8
                           });
                           me.reloadSoon();
                        },
                        scope: me
                     },
                     failureCallback:
                     {
                        fn: function LPODesk_CasePage_notSent(response)
                        {
                           button.disabled = false;
                           me.showRefusal(me.msg("lpodesk.mail.send.refused"), response);
                        },
                        scope: me
                     }
                  });
               }
            },
            {
               text: this.msg("lpodesk.mail.send.cancel"),
               handler: function LPODesk_CasePage_sendCancelled()
               {
                  this.destroy();
               },
               isDefault: true
            }]
         });
      },

      onMailRelease: function LPODesk_CasePage_onMailRelease(event, button)
      {
         var message = new Alfresco.util.NodeRef(button.getAttribute("data-message"));
         button.disabled = true;
         Alfresco.util.Ajax.jsonPost(
         {
            url: Alfresco.constants.PROXY_URI + "lpodesk/correspondence/" + message.id + "/release",
            dataObj: {},
            successCallback:
            {
               fn: function LPODesk_CasePage_released()
               {
                  Alfresco.util.PopupManager.displayMessage({ text: this.msg("lpodesk.mail.release.done") });
                  this.reloadSoon();
               },
               scope: this
            },
            failureCallback:
            {
               fn: function LPODesk_CasePage_notReleased(response)
               {
                  button.disabled = false;
                  this.showRefusal(this.msg("lpodesk.mail.release.refused"), response);
               },
               scope: this
            }
         });
      },

      /** An attorney waives a checklist item with a reason (the repository refuses anyone else, or no reason) */
      onWaive: function LPODesk_CasePage_onWaive(event, button)
      {
         var item = button.getAttribute("data-item"),
            label = button.getAttribute("data-label");
         Alfresco.util.PopupManager.getUserInput(
         {
            title: this.msg("lpodesk.case.waive.title", label),
            text: this.msg("lpodesk.case.waive.reason"),
            input: "textarea",
            callback:
            {
               fn: function LPODesk_CasePage_waive(reason)
               {
                  Alfresco.util.Ajax.jsonPost(
                  {
                     url: Alfresco.constants.PROXY_URI + "lpodesk/cases/checklist/waivers",
                     dataObj: { "case": this.options.nodeRef, item: item, reason: reason || "" },
                     successCallback:
                     {
                        fn: function LPODesk_CasePage_waived()
                        {
                           Alfresco.util.PopupManager.displayMessage({ text: this.msg("lpodesk.case.waived", label) });
                           this.reloadSoon();
                        },
                        scope: this
                     },
                     failureCallback:
                     {
                        fn: function LPODesk_CasePage_notWaived(response)
                        {
                           this.showRefusal(this.msg("lpodesk.case.waive-refused"), response);
                        },
                        scope: this
                     }
                  });
               },
               scope: this
            }
         });
      },

      onOutsource: function LPODesk_CasePage_onOutsource()
      {
         LPODesk.outsourcing.outsource(this, this.options.nodeRef, [], this.bind(this.reloadSoon));
      },

      onStatusMove: function LPODesk_CasePage_onStatusMove(event, button)
      {
         var status = button.getAttribute("data-status"),
            label = button.getAttribute("data-label");
         Alfresco.util.Ajax.jsonPost(
         {
            url: Alfresco.constants.PROXY_URI + "api/node/" + new Alfresco.util.NodeRef(this.options.nodeRef).uri + "/formprocessor",
            dataObj: { "prop_imm_caseStatus": status },
            successCallback:
            {
               fn: function LPODesk_CasePage_moved()
               {
                  Alfresco.util.PopupManager.displayMessage({ text: this.msg("lpodesk.case.status-changed", label) });
                  this.reloadSoon();
               },
               scope: this
            },
            failureCallback:
            {
               fn: function LPODesk_CasePage_notMoved(response)
               {
                  this.showRefusal(this.msg("lpodesk.case.status-refused"), response);
               },
               scope: this
            }
         });
      },

      onAddNotice: function LPODesk_CasePage_onAddNotice()
      {
         this.formDialog("-add-notice-dialog",
            "itemKind=type&itemId=imm:uscisNotice&destination=" + encodeURIComponent(this.options.noticesFolder) + "&mode=create",
            null, this.msg("lpodesk.case.add-notice.title"),
            this.msg("lpodesk.case.notice-added"), this.msg("lpodesk.case.notice-refused"));
      },

      /**
       * Share's create form of imm:rfeIssue, posted to the repository's issue service instead of the
       * form processor: the service numbers the issue and files it under the notice
       */
      onAddIssue: function LPODesk_CasePage_onAddIssue(event, button)
      {
         var notice = button.getAttribute("data-notice"),
            name = button.getAttribute("data-name");
         this.formDialog("-add-issue-dialog",
            "itemKind=type&itemId=imm:rfeIssue&destination=" + encodeURIComponent(notice) + "&mode=create",
            Alfresco.constants.PROXY_URI + "lpodesk/notices/issues?notice=" + encodeURIComponent(notice),
            this.msg("lpodesk.case.add-issue.title", name),
            this.msg("lpodesk.case.issue-added"), this.msg("lpodesk.case.issue-refused"));
      },

      /** The issue's edit form: its wording, and the case's documents that answer it */
      onEditIssue: function LPODesk_CasePage_onEditIssue(event, button)
      {
         this.formDialog("-edit-issue-dialog",
            "itemKind=node&itemId=" + encodeURIComponent(button.getAttribute("data-issue")) + "&mode=edit",
            null,
            this.msg("lpodesk.case.edit-issue.title", button.getAttribute("data-number")),
            this.msg("lpodesk.case.issue-saved"), this.msg("lpodesk.case.issue-refused"));
      },

      /**
       * One of Share's forms in a dialog; the page reloads with the repository's answer after a
       * success, and a refusal shows the repository's own sentence
       *
       * @param actionUrl where the form goes (null: the form processor the form names)
       */
      formDialog: function LPODesk_CasePage_formDialog(suffix, formArgs, actionUrl, title, done, refused)
      {
         var dialog = new Alfresco.module.SimpleDialog(this.id + suffix);
         dialog.setOptions(
         {
            width: "50em",
            templateUrl: Alfresco.constants.URL_SERVICECONTEXT + "components/form?" + formArgs +
               "&submitType=json&showCaption=true&showCancelButton=true",
            actionUrl: actionUrl,
            destroyOnHide: true,
            doBeforeDialogShow:
            {
               fn: function LPODesk_CasePage_beforeForm(form, simpleDialog)
               {
                  simpleDialog.dialog.setHeader($html(title));
               },
               scope: this
            },
            onSuccess:
            {
               fn: function LPODesk_CasePage_formDone()
               {
                  Alfresco.util.PopupManager.displayMessage({ text: done });
                  this.reloadSoon();
               },
               scope: this
            },
            onFailure:
            {
               fn: function LPODesk_CasePage_formRefused(response)
               {
                  this.showRefusal(refused, response);
               },
               scope: this
            }
         }).show();
      },

      /**
       * "Record status…": Share's create form of imm:statusCheck, posted to the repository's recorder
       * (it files the check under the case holding the receipt number and raises a change's events)
       */
      wireUscis: function LPODesk_CasePage_wireUscis()
      {
         var record = Dom.getElementsByClassName("lpodesk-record-status-button", "button", this.id)[0];
         if (record)
         {
            Event.on(record, "click", function()
            {
               this.formDialog("-record-status-dialog",
                  "itemKind=type&itemId=imm:statusCheck&destination=" + encodeURIComponent(this.options.nodeRef) + "&mode=create",
                  Alfresco.constants.PROXY_URI + "lpodesk/cases/uscis-status?case=" + encodeURIComponent(this.options.nodeRef),
                  this.msg("lpodesk.case.record-status.title", this.options.caseNumber),
                  this.msg("lpodesk.case.status-recorded"), this.msg("lpodesk.case.status-record-refused"));
            }, this, true);
         }
      },

      /** The PERM section's buttons and its timeline picture */
      wirePerm: function LPODesk_CasePage_wirePerm()
      {
         var editPerm = Dom.getElementsByClassName("lpodesk-edit-perm-button", "button", this.id)[0],
            addStep = Dom.getElementsByClassName("lpodesk-add-step-button", "button", this.id)[0],
            buttons, i;
         if (editPerm)
         {
            Event.on(editPerm, "click", function()
            {
               this.formDialog("-edit-perm-dialog",
                  "itemKind=node&itemId=" + encodeURIComponent(this.options.nodeRef) + "&formId=lpodesk-perm&mode=edit", null,
                  this.msg("lpodesk.case.edit-perm.title", this.options.caseNumber),
                  this.msg("lpodesk.case.perm-saved"), this.msg("lpodesk.case.perm-refused"));
            }, this, true);
         }
         if (addStep)
         {
            Event.on(addStep, "click", function()
            {
               this.formDialog("-add-step-dialog",
                  "itemKind=type&itemId=imm:recruitmentStep&destination=" + encodeURIComponent(this.options.nodeRef) + "&mode=create",
                  Alfresco.constants.PROXY_URI + "lpodesk/cases/perm/steps?case=" + encodeURIComponent(this.options.nodeRef),
                  this.msg("lpodesk.case.add-step.title", this.options.caseNumber),
                  this.msg("lpodesk.case.step-saved"), this.msg("lpodesk.case.step-refused"));
            }, this, true);
         }
         buttons = Dom.getElementsByClassName("lpodesk-edit-step-button", "button", this.id);
         for (i = 0; i < buttons.length; i++)
         {
            Event.on(buttons[i], "click", function(event, button)
            {
               this.formDialog("-edit-step-dialog",
                  "itemKind=node&itemId=" + encodeURIComponent(button.getAttribute("data-step")) + "&mode=edit", null,
                  this.msg("lpodesk.case.edit-step.title", button.getAttribute("data-label")),
                  this.msg("lpodesk.case.step-saved"), this.msg("lpodesk.case.step-refused"));
            }, buttons[i], this);
         }
         buttons = Dom.getElementsByClassName("lpodesk-delete-step-button", "button", this.id);
         for (i = 0; i < buttons.length; i++)
         {
            Event.on(buttons[i], "click", this.onDeleteStep, buttons[i], this);
         }
         if (this.options.perm)
         {
            LPODesk.permTimeline.draw(Dom.getElementsByClassName("lpodesk-perm-timeline", "div", this.id)[0], this.options.perm,
               {
                  today: this.msg("lpodesk.perm.chart.today"),
                  filed: this.msg("lpodesk.perm.chart.filed"),
                  window: this.msg("lpodesk.perm.chart.window")
               });
         }
      },

      /** Deletes a step after the user confirms; the repository recomputes the timeline in the same transaction */
      onDeleteStep: function LPODesk_CasePage_onDeleteStep(event, button)
      {
         var id = encodeURIComponent(button.getAttribute("data-step").split("/").pop()), me = this;
         Alfresco.util.PopupManager.displayPrompt(
         {
            title: this.msg("lpodesk.case.delete-step.title"),
            text: this.msg("lpodesk.case.delete-step.text", button.getAttribute("data-label")),
            buttons: [
            {
               text: this.msg("lpodesk.case.delete-step.confirm"),
               handler: function LPODesk_CasePage_deleteStep()
               {
                  this.destroy();
                  Alfresco.util.Ajax.request(
                  {
                     method: Alfresco.util.Ajax.DELETE,
                     url: Alfresco.constants.PROXY_URI.replace("/alfresco/", "/alfresco-api/") +
                        "-default-/public/alfresco/versions/1/nodes/" + id,
                     successCallback:
                     {
                        fn: function LPODesk_CasePage_stepDeleted()
                        {
                           Alfresco.util.PopupManager.displayMessage({ text: me.msg("lpodesk.case.step-deleted") });
                           me.reloadSoon();
                        }
                     },
                     failureCallback:
                     {
                        fn: function LPODesk_CasePage_stepNotDeleted(response)
                        {
                           me.showRefusal(me.msg("lpodesk.case.step-refused"), response);
                        }
                     }
                  });
               }
            },
            {
               text: this.msg("lpodesk.case.delete-step.cancel"),
               handler: function LPODesk_CasePage_keepStep()
               {
                  this.destroy();
               },
               isDefault: true
            }]
         });
      },

      /** The repository's own sentence for a refused request, under a title */
      showRefusal: function LPODesk_CasePage_showRefusal(title, response)
      {
         var json = response ? response.json : null,
            text = json && json.message ? String(json.message) : "";
         Alfresco.util.PopupManager.displayPrompt(
         {
            title: title,
            text: text.length > 0 ? text : this.msg("lpodesk.case.unavailable", response && response.serverResponse ? response.serverResponse.status : "")
         });
      },

      /** Reload once the user had a moment to read the confirmation */
      reloadSoon: function LPODesk_CasePage_reloadSoon()
      {
         YAHOO.lang.later(1200, this, function()
         {
            window.location.reload();
         });
      }
   });
})();
