/**
 * LPO Desk case page (org/lpodesk/components/case/case-page): the page's actions. Everything the
 * page shows was computed by the repository; these only send the user's decisions back to it and
 * reload the page with the repository's new answer:
 *  - a status move (the allowed next statuses the repository listed) through the node's form
 *    processor, where the repository's status rules refuse a move with their own sentence;
 *  - "Add notice": the create form of a USCIS notice in the case's notices folder (the repository
 *    computes its response deadline and the case deadline);
 *  - "Outsource…": the outsourcing dialog of the document library, with the case filled in.
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
         noticesFolder: ""
      },

      onReady: function LPODesk_CasePage_onReady()
      {
         // the page's own buttons, inside the component's element (Surf's uniqueIdDiv, id = this.id)
         var outsource = Dom.getElementsByClassName("lpodesk-outsource-button", "button", this.id)[0],
            addNotice = Dom.getElementsByClassName("lpodesk-add-notice-button", "button", this.id)[0],
            moves = Dom.getElementsByClassName("lpodesk-status-action", "button", this.id),
            waivers,
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
         var dialog = new Alfresco.module.SimpleDialog(this.id + "-add-notice-dialog");
         dialog.setOptions(
         {
            width: "50em",
            templateUrl: Alfresco.constants.URL_SERVICECONTEXT + "components/form?itemKind=type&itemId=imm:uscisNotice" +
               "&destination=" + encodeURIComponent(this.options.noticesFolder) +
               "&mode=create&submitType=json&showCaption=true&showCancelButton=true",
            actionUrl: null,
            destroyOnHide: true,
            doBeforeDialogShow:
            {
               fn: function LPODesk_CasePage_beforeNotice(form, simpleDialog)
               {
                  // Share's generic form has no title element: the title goes in the YUI panel's header
                  simpleDialog.dialog.setHeader($html(this.msg("lpodesk.case.add-notice.title")));
               },
               scope: this
            },
            onSuccess:
            {
               fn: function LPODesk_CasePage_noticeAdded()
               {
                  Alfresco.util.PopupManager.displayMessage({ text: this.msg("lpodesk.case.notice-added") });
                  this.reloadSoon();
               },
               scope: this
            },
            onFailure:
            {
               fn: function LPODesk_CasePage_noticeRefused(response)
               {
                  this.showRefusal(this.msg("lpodesk.case.notice-refused"), response);
               },
               scope: this
            }
         }).show();
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
