/**
 * LPO Desk: "Record USCIS status..." on a case status check task (form control
 * uscis-status-record.ftl).
 */
(function()
{
   LPODesk = window.LPODesk || {};
   LPODesk.forms = LPODesk.forms || {};

   /**
    * "Record USCIS status...": Share's create form of imm:statusCheck in a dialog, posted to the
    * repository's recorder, which finds the case by the receipt number and accepts the associate of
    * a case status check task; a refusal shows the repository's sentence
    */
   LPODesk.forms.recordUscisStatus = function LPODesk_recordUscisStatus(buttonId, numbers)
   {
      YAHOO.util.Event.onAvailable(buttonId, function LPODesk_recordUscisStatus_wire()
      {
         YAHOO.util.Event.on(buttonId, "click", function LPODesk_recordUscisStatus_click()
         {
            // the task-edit page does not load Share's dialog module itself: fetch it the first time
            if (Alfresco.module && Alfresco.module.SimpleDialog)
            {
               open();
            }
            else
            {
               YAHOO.util.Get.script(Alfresco.constants.URL_RESCONTEXT + "modules/simple-dialog.js", { onSuccess: open });
            }
         });

         function open()
         {
            var dialog = new Alfresco.module.SimpleDialog(buttonId + "-dialog");
            dialog.setOptions(
            {
               width: "50em",
               templateUrl: Alfresco.constants.URL_SERVICECONTEXT + "components/form?itemKind=type&itemId=imm:statusCheck" +
                  "&mode=create&submitType=json&showCaption=true&showCancelButton=true",
               actionUrl: Alfresco.constants.PROXY_URI + "lpodesk/cases/uscis-status",
               destroyOnHide: true,
               doBeforeDialogShow:
               {
                  fn: function LPODesk_recordUscisStatus_title(form, simpleDialog)
                  {
                     simpleDialog.dialog.setHeader(Alfresco.util.encodeHTML(Alfresco.util.message("lpodesk.uscis.record.title", null, numbers)));
                  }
               },
               onSuccess:
               {
                  fn: function LPODesk_recordUscisStatus_done()
                  {
                     Alfresco.util.PopupManager.displayMessage({ text: Alfresco.util.message("lpodesk.uscis.record.done") });
                  }
               },
               onFailure:
               {
                  fn: function LPODesk_recordUscisStatus_refused(response)
                  {
                     var json = response && response.json, text = json && json.message ? json.message : "";
                     Alfresco.util.PopupManager.displayPrompt(
                     {
                        title: Alfresco.util.message("lpodesk.uscis.record.refused"),
                        text: text || Alfresco.util.message("lpodesk.uscis.record.refused")
                     });
                  }
               }
            }).show();
         }
      });
   };
})();
