/**
 * The task page's form manager shows a failed submission's message only when it reads like a Java
 * exception ("org.alfresco.error.AlfrescoRuntimeException: 0123 ..."); anything else becomes "An
 * unknown error occurred". LPO Desk's form controller answers a refusal of its rules with 403, 409
 * or 422 and the sentence a user can act on ("State whether generative AI was used ..."), which a
 * live Share hid that way: show that sentence, and leave every other failure to Share.
 */
(function()
{
   var manager = Alfresco.component.FormManager.prototype,
      shareFailure = manager.onFormSubmitFailure;

   manager.onFormSubmitFailure = function LPODesk_onFormSubmitFailure(response)
   {
      var status = response && response.serverResponse ? response.serverResponse.status : 0,
         message = response && response.json ? response.json.message : null;
      if ((status === 403 || status === 409 || status === 422) && message)
      {
         Alfresco.util.PopupManager.displayPrompt(
         {
            title: this.msg("lpodesk.task.refused.title"),
            text: message
         });
         return;
      }
      return shareFailure.apply(this, arguments);
   };
})();
