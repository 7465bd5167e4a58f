<import resource="classpath:alfresco/web-extension/site-webscripts/org/lpodesk/components/dashlets/lpodesk-dashlets.lib.js">

/**
 * The firm's vendor compliance: GET /lpodesk/compliance/vendors. The repository decides every
 * status, problem and count (core's SharingPolicy, the same that refuses a share) and refuses
 * anyone but the firm's administrators; this page only shows what it answers.
 *
 * Surf's page object is not used: after a recording the browser fetches this component alone
 * (/share/service/...), where there is no page.
 */
function main()
{
   var result = LPODeskDashlets.getJson("/lpodesk/compliance/vendors");
   if (!result.ok)
   {
      model.error = result.json && result.json.message ? String(result.json.message)
         : msg.get("message.unavailable", [String(result.status)]);
      return;
   }
   model.compliance = result.json;
   model.csvUrl = url.context + "/proxy/alfresco/lpodesk/compliance/vendors?format=csv";
}

main();
