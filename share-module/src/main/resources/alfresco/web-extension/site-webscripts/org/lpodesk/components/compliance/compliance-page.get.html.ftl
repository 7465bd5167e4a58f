<#-- Vendor compliance: every vendor's attestations and bulk-data counts as the repository judged them
     (model.compliance), the CSV, and a dialog per vendor that records an attestation -->
<@markup id="css">
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/lpodesk-share/components/compliance/compliance-page.css" group="lpodesk-compliance"/>
</@>

<@markup id="js">
   <@script type="text/javascript" src="${url.context}/res/lpodesk-share/components/compliance/compliance-page.js" group="lpodesk-compliance"/>
</@>

<@markup id="widgets">
   <@createWidgets group="lpodesk-compliance"/>
</@>

<@markup id="html">
   <@uniqueIdDiv>
   <#assign el = args.htmlid?html>
   <div id="${el}-body" class="lpodesk-compliance">
      <h1>${msg("header")}</h1>
      <#if error??>
         <div class="lpodesk-message lpodesk-error">${error?html}</div>
      <#else>
         <p class="lpodesk-compliance-intro">${msg("intro", compliance.today, compliance.windowStart, compliance.warningPercent?c, compliance.defaultValidityText)?html}</p>
         <div class="lpodesk-compliance-downloads"><a class="theme-color-1" href="${csvUrl?html}">${msg("label.csv")}</a></div>
         <#if compliance.vendors?size == 0>
            <div class="lpodesk-message">${msg("message.no-vendor")}</div>
         </#if>
         <#list compliance.vendors as v>
         <section class="lpodesk-vendor" data-vendor="${v.id?html}" data-vendor-name="${v.name?html}">
            <h2>${v.name?html} <span class="lpodesk-vendor-id">${v.id?html} · ${msg("vendor.country", v.country)?html}</span>
               <#if !v.sharingAllowed><span class="lpodesk-verdict lpodesk-refused">${msg("vendor.refused")}</span>
               <#elseif !v.restrictedDataAllowed><span class="lpodesk-verdict lpodesk-limited">${msg("vendor.noRestrictedData")}</span>
               <#else><span class="lpodesk-verdict lpodesk-allowed">${msg("vendor.allowed")}</span></#if>
            </h2>
            <#if v.problems?size gt 0>
            <ul class="lpodesk-problems"><#list v.problems as p><li>${p?html}</li></#list></ul>
            </#if>
            <h3>${msg("heading.attestations")}</h3>
            <table class="lpodesk-table">
               <thead><tr><th>${msg("column.attestation")}</th><th>${msg("column.status")}</th><th>${msg("column.signedOn")}</th>
                  <th>${msg("column.signer")}</th><th>${msg("column.document")}</th><th>${msg("column.lastValidDay")}</th><th>${msg("column.coveredPerson")}</th></tr></thead>
               <tbody>
               <#list v.attestations as a>
                  <tr>
                     <td>${a.label?html}<div class="lpodesk-citation">${a.citation?html}</div></td>
                     <td><span class="lpodesk-status lpodesk-status-${a.status?lower_case?html}"><#if a.status == "VALID">${msg("status.VALID")}<#elseif a.status == "EXPIRED">${msg("status.EXPIRED")}<#elseif a.status == "NOT_YET_SIGNED">${msg("status.NOT_YET_SIGNED")}<#else>${msg("status.MISSING")}</#if></span></td>
                     <td class="lpodesk-date">${(a.signedOn!"")?html}</td>
                     <td>${(a.signer!"")?html}</td>
                     <td>${(a.document!"")?html}</td>
                     <td class="lpodesk-date">${(a.lastValidDay!"")?html}</td>
                     <td><#if a.coveredPerson>${msg("covered.yes", a.facts!"")?html}<#elseif a.status != "MISSING">${msg("covered.no")}</#if></td>
                  </tr>
               </#list>
               </tbody>
            </table>
            <h3>${msg("heading.counts")}</h3>
            <table class="lpodesk-table lpodesk-counts">
               <thead><tr><th>${msg("column.category")}</th><th class="lpodesk-number">${msg("column.persons")}</th>
                  <th class="lpodesk-number">${msg("column.limit")}</th><th class="lpodesk-number">${msg("column.percent")}</th></tr></thead>
               <tbody>
               <#list v.counts as c>
                  <tr<#if c.warning> class="lpodesk-warning"</#if>>
                     <td>${c.label?html}</td>
                     <td class="lpodesk-number">${c.persons?string("#,##0")}</td>
                     <td class="lpodesk-number">${c.limit?string("#,##0")}</td>
                     <td class="lpodesk-number">${c.percentOfLimit?string("0.0")}%<#if c.warning> · ${msg("warning.yes")}</#if></td>
                  </tr>
               </#list>
               </tbody>
            </table>
            <button type="button" class="lpodesk-record-attestation" data-vendor="${v.id?html}">${msg("button.record")}</button>
         </section>
         </#list>

         <div id="${el}-dialog" class="lpodesk-attestation-dialog" role="dialog" aria-modal="true" hidden="hidden">
            <form class="lpodesk-attestation-form">
               <h2 class="lpodesk-dialog-title"></h2>
               <label>${msg("dialog.kind")}
                  <select name="kind">
                     <#list compliance.vendors[0].attestations as a><option value="${a.kind?html}">${a.label?html}</option></#list>
                  </select>
               </label>
               <label>${msg("dialog.signedOn")} <input type="date" name="signedOn" required="required"/></label>
               <label>${msg("dialog.signer")} <input type="text" name="signer" maxlength="500"/></label>
               <label>${msg("dialog.document")} <input type="text" name="document" maxlength="500"/></label>
               <label>${msg("dialog.expiresOn")} <input type="date" name="expiresOn"/></label>
               <label class="lpodesk-covered"><input type="checkbox" name="coveredPerson"/> ${msg("dialog.coveredPerson")}</label>
               <label class="lpodesk-facts">${msg("dialog.facts")} <textarea name="facts" rows="3" maxlength="500"></textarea></label>
               <div class="lpodesk-message lpodesk-error lpodesk-dialog-error" role="alert" hidden="hidden"></div>
               <div class="lpodesk-dialog-buttons">
                  <button type="submit" class="lpodesk-save">${msg("dialog.save")}</button>
                  <button type="button" class="lpodesk-cancel">${msg("dialog.cancel")}</button>
               </div>
            </form>
         </div>
      </#if>
   </div>
   <#if !error?? && compliance.vendors?size gt 0>
   <script type="text/javascript">//<![CDATA[
      new LPODesk.CompliancePage("${el}").setMessages(${messages});
   //]]></script>
   </#if>
   </@>
</@>
